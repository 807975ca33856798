// Calls the provider at the URL given (the package's mock, here) once for each example the mock
// answers, then with two calls that fail, and prints what the team's code makes of each.
import dmt = require('@dmt-lite/get-customer');
import testing = require('@dmt-lite/get-customer/testing');
import steps = require('./next-step');

async function main(baseUrl: string): Promise<void> {
  const client = dmt.createCustomerClient({ baseUrl, clientId: 'team-id', clientSecret: 'team-secret', retry: { limit: 0 } });
  const lookup: dmt.GetCustomerRequest = { mobileNumber: '8144094480', username: 'isutestapi1', latlong: '22.8031731,88.7874172', publicIP: '203.0.113.10' };
  const examples: testing.ResponseExampleName<'getCustomer'>[] = [
    'CustomerNotFound',
    'CustomerNotVerified',
    'CustomerVerifiedWithOvd',
    'CustomerVerifiedWithoutOvd',
    'InvalidMobileNumber',
    'UsernameEmpty',
    'UserNotOnboarded',
    'InternalServerIssue',
  ];
  for (const example of examples) console.log(`${example} -> ${await steps.nextStep(client, lookup, { headers: { Prefer: `example=${example}` } })}`);
  console.log(`NoSuchExample -> ${await steps.nextStep(client, lookup, { headers: { Prefer: 'example=NoSuchExample' } })}`);
  console.log(`bad mobile number -> ${await steps.nextStep(client, { ...lookup, mobileNumber: '12' })}`);
}

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error('usage: node build/src/main.js <base URL>');
main(baseUrl).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
