/**
 * The twelve months, in order: their RFC 822 abbreviation (feeds' dates),
 * their French name (`2 juillet 2009`) and their English one (`2 July 2009`),
 * in one table.
 */
export const MONTHS = [
  { rfc822: 'Jan', french: 'janvier', english: 'January' },
  { rfc822: 'Feb', french: 'février', english: 'February' },
  { rfc822: 'Mar', french: 'mars', english: 'March' },
  { rfc822: 'Apr', french: 'avril', english: 'April' },
  { rfc822: 'May', french: 'mai', english: 'May' },
  { rfc822: 'Jun', french: 'juin', english: 'June' },
  { rfc822: 'Jul', french: 'juillet', english: 'July' },
  { rfc822: 'Aug', french: 'août', english: 'August' },
  { rfc822: 'Sep', french: 'septembre', english: 'September' },
  { rfc822: 'Oct', french: 'octobre', english: 'October' },
  { rfc822: 'Nov', french: 'novembre', english: 'November' },
  { rfc822: 'Dec', french: 'décembre', english: 'December' },
] as const;
