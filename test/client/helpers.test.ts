import { describe, expect, it } from 'vitest';
import { buildLatLong, checkMobileNumber, checkPublicIp } from '../../src/index.js';

describe('buildLatLong', () => {
  it('joins two coordinates the way the contract wants them', () => {
    expect(buildLatLong(22.8031731, 88.7874172)).toBe('22.803173,88.787417');
    expect(buildLatLong(-33.8688, 151.2093)).toBe('-33.8688,151.2093');
    expect(buildLatLong(0, -0)).toBe('0,0');
  });

  it('fits the extreme coordinates within the contract', () => {
    expect(buildLatLong(-89.9999999, -179.9999999)).toBe('-90,-180');
    expect(buildLatLong(-89.123456789, -179.123456789)).toBe('-89.123457,-179.123457');
  });

  it.each([
    [90.5, 10, /latitude must be a finite number from -90 to 90 degrees, got 90.5/],
    [10, -180.01, /longitude must be a finite number from -180 to 180 degrees, got -180.01/],
    [Number.NaN, 10, /latitude .* got NaN/],
    [10, Number.POSITIVE_INFINITY, /longitude .* got Infinity/],
  ])('refuses latitude %s, longitude %s', (latitude, longitude, message) => {
    expect(() => buildLatLong(latitude, longitude)).toThrow(RangeError);
    expect(() => buildLatLong(latitude, longitude)).toThrow(message);
  });
});

describe('checkMobileNumber', () => {
  it('accepts ten digits', () => {
    expect(checkMobileNumber('8144094480')).toEqual([]);
  });

  it('says what is wrong, and spots a number dialled with +91', () => {
    const problems = checkMobileNumber('+918144094480');
    expect(problems.map((problem) => problem.rule)).toEqual(['pattern']);
    expect(problems[0]).toMatchObject({ path: '/mobileNumber', value: '+918144094480' });
    expect(problems[0]!.message).toContain('send the number without +91 or a leading 0');
  });

  it('refuses a number that is not a string', () => {
    expect(checkMobileNumber(8144094480)).toMatchObject([{ rule: 'type', message: 'must be string' }]);
  });
});

describe('checkPublicIp', () => {
  it.each(['203.0.113.10', '2001:db8::10', '::1', 'fe80::1:2:3:4'])('accepts %s', (ip) => {
    expect(checkPublicIp(ip)).toEqual([]);
  });

  it.each(['999.1.1.1', 'localhost', '203.0.113', '2001:db8:::1', ''])('refuses %j in one line', (ip) => {
    expect(checkPublicIp(ip)).toMatchObject([{ path: '/publicIP', rule: 'anyOf', value: ip }]);
  });
});
