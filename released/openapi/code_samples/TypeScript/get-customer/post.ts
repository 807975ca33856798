import { createCustomerClient } from '@dmt-lite/get-customer';

const client = createCustomerClient({
  baseUrl: 'https://apidev.iserveu.online',
  clientId: process.env.DMT_CLIENT_ID ?? '',
  clientSecret: process.env.DMT_CLIENT_SECRET ?? '',
});

const result = await client.getCustomer({
  mobileNumber: '8144094480',
  username: 'isutestapi1',
  latlong: '22.8031731,88.7874172',
  publicIP: '203.0.113.10',
});
// Outcomes have ok: true and a kind per statusCode; failures have ok: false.
console.log(result.ok ? `${result.kind}: ${result.statusDesc}` : `${result.kind}: ${result.message}`);
