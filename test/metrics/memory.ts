// In-memory counters for the query tests: applies CountPlans the way the DynamoDB adapter does (ADD
// per scope, SET of plain attributes), and reads a day as its ScopeRows.
import type { CountPlan, MetricsReader, ScopeRow } from '../../lambdas/metrics';

export class MemoryMetrics implements MetricsReader {
  readonly reads: string[] = [];
  private readonly days = new Map<string, Map<string, ScopeRow>>();

  apply(plan: CountPlan): this {
    const day = this.days.get(plan.day) ?? new Map<string, ScopeRow>();
    this.days.set(plan.day, day);
    for (const [scope, counts] of Object.entries(plan.scopes)) {
      const row = day.get(scope) ?? { scope, counters: {} };
      for (const [name, n] of Object.entries(counts.add)) row.counters[name] = (row.counters[name] ?? 0) + n;
      if (counts.set?.team) row.team = counts.set.team;
      day.set(scope, row);
    }
    return this;
  }

  async day(day: string): Promise<ScopeRow[]> {
    this.reads.push(day);
    return [...(this.days.get(day)?.values() ?? [])].map((r) => ({ ...r, counters: { ...r.counters } }));
  }
}
