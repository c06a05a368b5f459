import { defineRule } from '../rule.js';
import { offeredMethods } from './util.js';

const FIX = 'use a video platform with end-to-end encryption (with a BAA or data-processing agreement where the law asks for one) and set secure: true';

export default defineRule({
  meta: {
    id: 'video-platform-secure',
    severity: 'warning',
    description: 'Require offered video methods and privacy.video to be marked secure: true.',
    source: 'Balick',
  },
  check({ spec, report }) {
    for (const { method, pointer } of offeredMethods(spec, ['video'])) {
      if (method.secure === true) continue;
      const state = method.secure === false ? 'is marked not secure' : 'does not say whether it is secure';
      report(`${pointer}/secure`, `the video method "${method.id}" ${state}: ${FIX}`);
    }
    const video = spec.privacy?.video;
    if (video && video.secure !== true) {
      const name = video.platform ? `the video platform "${video.platform}"` : 'privacy.video';
      const state = video.secure === false ? 'is marked not secure' : 'does not say whether it is secure';
      report('/spec/privacy/video/secure', `${name} ${state}: ${FIX}`);
    }
  },
});
