import type { GetCustomerRequest } from '../../src/index.js';
import { requestExamples } from './spec.js';

/** The contract's own `Lookup` request example. */
export const validRequest = requestExamples.find((example) => example.name === 'Lookup')!.value as GetCustomerRequest;

/** Credentials used in tests; the secret is distinctive so any leak is easy to find. */
export const TEST_CLIENT_ID = 'test-client-id';
export const TEST_CLIENT_SECRET = 'sk_live_DO-NOT-LEAK_7f3a9c';
