/**
 * The twelve months, in order: their RFC 822 abbreviation (feeds' dates)
 * and their French name (`2 juillet 2009`), in one table.
 */
export const MONTHS = [
  { rfc822: 'Jan', french: 'janvier' },
  { rfc822: 'Feb', french: 'février' },
  { rfc822: 'Mar', french: 'mars' },
  { rfc822: 'Apr', french: 'avril' },
  { rfc822: 'May', french: 'mai' },
  { rfc822: 'Jun', french: 'juin' },
  { rfc822: 'Jul', french: 'juillet' },
  { rfc822: 'Aug', french: 'août' },
  { rfc822: 'Sep', french: 'septembre' },
  { rfc822: 'Oct', french: 'octobre' },
  { rfc822: 'Nov', french: 'novembre' },
  { rfc822: 'Dec', french: 'décembre' },
] as const;
