import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'sharing-at-intake',
    severity: 'warning',
    description: 'Require the policy to be reviewed with each client at intake (sharing.atIntake: true).',
    source: 'PCT, Kolmes',
    messages: {
      notReviewedAtIntake: 'the policy says it is not reviewed with clients at intake: go through it with each new client and set sharing.atIntake: true',
      noIntakeStance: 'the policy does not say it is reviewed with clients at intake: go through it with each new client and set sharing.atIntake: true',
    },
  },
  check({ spec, report }) {
    const atIntake = spec.sharing?.atIntake;
    if (atIntake === true) return;
    report('/spec/sharing/atIntake', atIntake === false ? 'notReviewedAtIntake' : 'noIntakeStance');
  },
});
