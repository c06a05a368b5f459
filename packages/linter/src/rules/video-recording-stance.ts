import { defineRule } from '../rule.js';
import { offeredMethods } from './util.js';

export default defineRule({
  meta: {
    id: 'video-recording-stance',
    severity: 'info',
    description: 'Require a policy that offers video to say whether sessions are recorded (privacy.video.recording).',
    source: 'ACA H.2, Balick',
    messages: {
      noRecordingStance: `the policy offers video ("{{id}}") but doesn't say whether sessions are recorded: add privacy.video.recording: never, with-consent or always`,
    },
  },
  check({ spec, report }) {
    const [video] = offeredMethods(spec, ['video']);
    if (!video || spec.privacy?.video?.recording !== undefined) return;
    report('/spec/privacy/video/recording', 'noRecordingStance', { id: video.method.id });
  },
});
