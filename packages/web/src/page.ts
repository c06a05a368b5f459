/** One step of the breadcrumb trail; the last one is the current page and has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/** What a page renders: main's content, the document title and language, and where it sits in the site. */
export interface PageView {
  title: string;
  /** BCP 47 tag for <html lang>; English when absent. */
  lang?: string;
  crumbs: Crumb[];
  content: Node[];
}

export const SITE_NAME = 'Clearframe';

export const pageTitle = (...parts: string[]) => [...parts, SITE_NAME].join(' — ');
