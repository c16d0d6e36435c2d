// Prints the fault suite's summary, "N of M faults survived", over every worker: each fault case in
// faults.spec.ts runs as a step titled "survive: <fault>" (see `survive` there).
import type { Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter';

export const FAULT_STEP = 'survive: ';

class FaultsReporter implements Reporter {
  private readonly outcome = new Map<string, boolean>();
  private readonly stepsOf = new Map<string, string[]>();

  printsToStdio(): boolean {
    return false;
  }

  onStepBegin(test: TestCase, _result: TestResult, step: TestStep): void {
    if (!step.title.startsWith(FAULT_STEP)) return;
    // Counted as not survived until it ends without an error (a timeout may never end it).
    this.outcome.set(step.title, false);
    this.stepsOf.set(test.id, [...(this.stepsOf.get(test.id) ?? []), step.title]);
  }

  onStepEnd(_test: TestCase, _result: TestResult, step: TestStep): void {
    if (step.title.startsWith(FAULT_STEP)) this.outcome.set(step.title, step.error === undefined);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // A test that failed after its steps (say, on an unexpected console error) did not survive.
    if (result.status === 'passed') return;
    for (const title of this.stepsOf.get(test.id) ?? []) this.outcome.set(title, false);
  }

  onEnd(): void {
    if (this.outcome.size === 0) return;
    const failed = [...this.outcome].filter(([, ok]) => !ok).map(([title]) => title);
    const lines = [
      `\n${this.outcome.size - failed.length} of ${this.outcome.size} faults survived`,
    ];
    for (const title of failed) lines.push(`  did not survive: ${title.slice(FAULT_STEP.length)}`);
    console.log(lines.join('\n'));
  }
}

// Playwright loads a reporter from its module's default export.
// eslint-disable-next-line import-x/no-default-export
export default FaultsReporter;
