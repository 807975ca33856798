import type { GetCustomerRequest } from '../../src/index.js';

/** The request the contract's own `Lookup` example describes. */
export const validRequest: GetCustomerRequest = {
  mobileNumber: '8144094480',
  username: 'isutestapi1',
  latlong: '22.8031731,88.7874172',
  publicIP: '203.0.113.10',
};

/** Credentials used in tests; the secret is distinctive so any leak is easy to find. */
export const TEST_CLIENT_ID = 'test-client-id';
export const TEST_CLIENT_SECRET = 'sk_live_DO-NOT-LEAK_7f3a9c';
