import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'data-protection-registration',
    severity: 'warning',
    description: 'Require a data-protection registration (privacy.dataProtection.registration) for practices in the United Kingdom (GB).',
    source: 'Balick (ICO)',
    messages: {
      noRegistration: "a practice in {{jurisdiction}} that keeps client records usually has to register with the Information Commissioner's Office (ICO): register, then add privacy.dataProtection.registration, e.g. { authority: ICO, number: ZA123456 }",
    },
  },
  check({ policy, spec, report }) {
    const jurisdiction = policy.metadata?.jurisdiction ?? '';
    if (jurisdiction !== 'GB' && !jurisdiction.startsWith('GB-')) return;
    if (!spec.privacy?.dataProtection?.registration) {
      report('/spec/privacy/dataProtection/registration', 'noRegistration', { jurisdiction });
    }
  },
});
