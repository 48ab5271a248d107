declare namespace App {
  interface Locals {
    /**
     * The language of the entry's text a page renders (`<Content />`): the
     * page's, or French on an English page showing an untranslated entry.
     * The MDX components read it through `contentLanguage()`.
     */
    contentLanguage?: import('./i18n/strings.ts').Language;
  }
}
