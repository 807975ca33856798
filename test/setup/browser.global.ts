import { planBrowserTests } from '../support/browser.js';

/** The one line a developer without a browser sees: the browser tests themselves report as skipped. */
export default function setup() {
  const plan = planBrowserTests();
  if ('skip' in plan) console.log(`${plan.skip}\n`);
}
