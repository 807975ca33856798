import { validateLatLong, validateMobileNumber, validatePublicIp, type Validator } from '../generated/validators.js';
import type { Problem } from './errors/problem.js';
import { toProblems } from './internal/problems.js';

/**
 * Decimal places kept by `buildLatLong`: about 0.1 m, and short enough that the longest pair
 * ("-90.000000,-180.000000") stays within the contract's 22 characters.
 */
const LATLONG_DECIMALS = 6;

/**
 * Builds the `latlong` field from two numbers in decimal degrees, checking that latitude is
 * within ±90 and longitude within ±180 (the wire contract only checks the string's shape).
 * @throws RangeError when a coordinate is not a finite number in range.
 * @example buildLatLong(22.8031731, 88.7874172) // '22.803173,88.787417'
 */
export function buildLatLong(latitude: number, longitude: number): string {
  assertCoordinate('latitude', latitude, 90);
  assertCoordinate('longitude', longitude, 180);
  const latlong = `${formatDegrees(latitude)},${formatDegrees(longitude)}`;
  const problems = check(validateLatLong, latlong, '/latlong');
  if (problems.length > 0) throw new RangeError(`latlong ${JSON.stringify(latlong)} ${problems[0]!.message}`);
  return latlong;
}

/**
 * Checks a mobile number against the contract; an empty list means it is fine.
 * @example checkMobileNumber('+918144094480') // [{ path: '/mobileNumber', rule: 'pattern', ... }]
 */
export function checkMobileNumber(mobileNumber: unknown): Problem[] {
  const problems = check(validateMobileNumber, mobileNumber, '/mobileNumber');
  if (problems.length > 0 && typeof mobileNumber === 'string' && /^(\+|0)/.test(mobileNumber.trim())) {
    // The most common mistake: the number as dialled, with a country code or trunk prefix.
    return problems.map((problem) => ({ ...problem, message: `${problem.message} (send the number without +91 or a leading 0)` }));
  }
  return problems;
}

/**
 * Checks a public IP (IPv4 or IPv6) against the contract; an empty list means it is fine.
 * @example checkPublicIp('2001:db8::10') // []
 */
export function checkPublicIp(publicIP: unknown): Problem[] {
  return check(validatePublicIp, publicIP, '/publicIP');
}

function check(validate: Validator<unknown>, value: unknown, path: string): Problem[] {
  return validate(value) ? [] : toProblems(value, validate.errors ?? [], path);
}

function assertCoordinate(name: string, value: number, limit: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) {
    throw new RangeError(`${name} must be a finite number from -${limit} to ${limit} degrees, got ${String(value)}`);
  }
}

function formatDegrees(value: number): string {
  // toFixed then Number drops trailing zeros and turns -0 into 0.
  return String(Number(value.toFixed(LATLONG_DECIMALS)) + 0);
}
