import { defineRule, hasText } from '../rule.js';
import { offeredMethods } from './util.js';

export default defineRule({
  meta: {
    id: 'video-fallback',
    severity: 'info',
    description: 'Require every offered video method to say what happens when the connection fails (fallback).',
    source: 'ACA H.2',
    messages: {
      noFallback: `the video method "{{id}}" does not say what happens if the connection fails: add a fallback, e.g. that you will call the client's phone within five minutes`,
    },
  },
  check({ spec, report }) {
    for (const { method, pointer } of offeredMethods(spec, ['video'])) {
      if (hasText(method.fallback)) continue;
      report(`${pointer}/fallback`, 'noFallback', { id: method.id });
    }
  },
});
