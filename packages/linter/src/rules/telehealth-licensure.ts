import { JURISDICTION } from '@clearframe/schema/facts';
import { defineRule } from '../rule.js';
import { offeredMethods } from './util.js';

export default defineRule({
  meta: {
    id: 'telehealth-licensure',
    severity: 'info',
    description: 'Require a policy that offers video to say where the clinician is licensed to practise (telehealth.licensedIn).',
    source: 'ACA H.1.b, APA Telepsychology Guidelines (2013) 8',
    messages: {
      noLicensure: `the policy offers video ("{{id}}") but doesn't say where you are licensed to practise: add telehealth.licensedIn, e.g. [{{example}}], and say in telehealth.clientLocation where the client needs to be during a session`,
    },
  },
  check({ policy, spec, report }) {
    const [video] = offeredMethods(spec, ['video']);
    const licensedIn = spec.telehealth?.licensedIn;
    if (!video || (Array.isArray(licensedIn) && licensedIn.length > 0)) return;
    const jurisdiction = policy.metadata?.jurisdiction;
    const example = typeof jurisdiction === 'string' && JURISDICTION.test(jurisdiction) ? jurisdiction : 'US-CA';
    report('/spec/telehealth/licensedIn', 'noLicensure', { id: video.method.id, example });
  },
});
