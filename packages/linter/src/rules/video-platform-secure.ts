import { defineRule } from '../rule.js';
import { offeredMethods } from './util.js';

export default defineRule({
  meta: {
    id: 'video-platform-secure',
    severity: 'warning',
    description: 'Require offered video methods and privacy.video to be marked secure: true.',
    source: 'Balick',
    messages: {
      methodNotSecure: 'the video method "{{id}}" is marked not secure: use a video platform with end-to-end encryption (with a BAA or data-processing agreement where the law asks for one) and set secure: true',
      methodSecureUnstated: 'the video method "{{id}}" does not say whether it is secure: use a video platform with end-to-end encryption (with a BAA or data-processing agreement where the law asks for one) and set secure: true',
      platformNotSecure: '{{name}} is marked not secure: use a video platform with end-to-end encryption (with a BAA or data-processing agreement where the law asks for one) and set secure: true',
      platformSecureUnstated: '{{name}} does not say whether it is secure: use a video platform with end-to-end encryption (with a BAA or data-processing agreement where the law asks for one) and set secure: true',
    },
  },
  check({ spec, report }) {
    for (const { method, pointer } of offeredMethods(spec, ['video'])) {
      if (method.secure === true) continue;
      report(`${pointer}/secure`, method.secure === false ? 'methodNotSecure' : 'methodSecureUnstated', { id: method.id });
    }
    const video = spec.privacy?.video;
    if (video && video.secure !== true) {
      const name = video.platform ? `the video platform "${video.platform}"` : 'privacy.video';
      report('/spec/privacy/video/secure', video.secure === false ? 'platformNotSecure' : 'platformSecureUnstated', { name });
    }
  },
});
