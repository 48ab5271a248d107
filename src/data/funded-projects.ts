/** The projects of a member that published calls funded (their `results`), for the member's page. */
import type { SiteData } from './site.ts';
import { routes } from '../lib/routes.ts';

export interface FundedProject {
  title: string;
  /** Euros awarded. */
  amount: number;
  call: { title: string; path: string };
}

/** Every published call's results naming `memberId`, in the order of the calls list, then as each call lists them. */
export function fundedProjects(siteData: SiteData, memberId: string): FundedProject[] {
  return siteData.calls.flatMap((call) =>
    call.data.results
      .filter(({ member }) => member === memberId)
      .map(({ title, amount }) => ({ title, amount, call: { title: call.data.title, path: routes.call(call.id) } })),
  );
}
