// A team's own code: what the counter screen does next, for every outcome and every failure.
import type { CustomerClient, GetCustomerOptions, GetCustomerRequest, GetCustomerResult } from '@dmt-lite/get-customer';

export function adviceFor(result: GetCustomerResult): string {
  if (result.ok) {
    switch (result.kind) {
      case 'customerNotFound':
        return 'onboard';
      case 'customerNotVerified':
        return 'verify';
      case 'customerVerifiedWithOvd':
      case 'customerVerifiedWithoutOvd':
        return result.ovdOnRecord ? 'send money' : 'send money, ask for an OVD';
      case 'requestRejected':
        return 'fix the form';
      case 'providerInternalError':
        return 'try again later';
      default: {
        const unhandled: never = result;
        throw new Error(`unhandled outcome ${JSON.stringify(unhandled)}`);
      }
    }
  }
  switch (result.kind) {
    case 'invalidRequest':
      return `fix the form (${result.problems.map((problem) => problem.path).join(', ')})`;
    case 'aborted':
      return 'cancelled';
    case 'timeout':
    case 'network':
      return 'try again later';
    case 'httpStatus':
      return `try again later (HTTP ${result.status})`;
    case 'invalidBody':
    case 'contractViolation':
    case 'unknownStatusCode':
      return 'report to the provider';
    default: {
      const unhandled: never = result;
      throw new Error(`unhandled failure ${JSON.stringify(unhandled)}`);
    }
  }
}

export async function nextStep(client: CustomerClient, request: GetCustomerRequest, options?: GetCustomerOptions): Promise<string> {
  const result = await client.getCustomer(request, options);
  return `${result.kind}: ${adviceFor(result)}`;
}
