// Exceptions for clinicians: findings a disable comment suppressed when a version was published, each with its reason.
import { externalLink, h } from '../dom.js';
import { graphql, getFragmentData, type FragmentType } from '../gql/index.js';

export const ExceptionFields = graphql(`
  fragment ExceptionItem on PolicyException {
    ruleId
    reason
    filePath
    line
    rule {
      docsUrl
    }
  }
`);

/** "1 exception: crisis-route-required — I give numbers at intake" (several: one per line); null when there are none. */
export function exceptionsView(refs: readonly FragmentType<typeof ExceptionFields>[]): HTMLElement | null {
  const exceptions = refs.map((ref) => getFragmentData(ExceptionFields, ref));
  if (exceptions.length === 0) return null;
  const item = (exception: (typeof exceptions)[number]) => [
    exception.rule ? externalLink(exception.rule.docsUrl, exception.ruleId, { class: 'rule-id' }) : h('code', null, exception.ruleId),
    ` — ${exception.reason} `,
    h('span', { class: 'meta' }, `(${exception.filePath}, line ${exception.line})`),
  ];
  if (exceptions.length === 1) return h('p', { class: 'exceptions' }, h('strong', null, '1 exception: '), item(exceptions[0]!));
  return h(
    'div',
    { class: 'exceptions' },
    h('p', null, h('strong', null, `${exceptions.length} exceptions:`)),
    h('ul', null, exceptions.map((exception) => h('li', null, item(exception)))),
  );
}
