import * as vm from 'node:vm';
import type { Request, Response } from 'express';

export function calculate(req: Request, res: Response): void {
  const formula = String(req.query.formula);
  // ruleid: js-eval
  const result: number = eval(formula) as number;
  res.json({ result });
}

export function buildPredicate(field: string, op: string): (row: Record<string, unknown>) => boolean {
  // ruleid: js-eval
  return new Function('row', `return row.${field} ${op} 0`) as (row: Record<string, unknown>) => boolean;
}

export function runPlugin(code: string, context: vm.Context): unknown {
  // ruleid: js-eval
  return vm.runInContext(code, context, { timeout: 100 });
}

export function schedule(handlerName: string): void {
  // ruleid: js-eval
  setTimeout(handlerName + '()', 10);
}

export function safe(text: string): unknown {
  // ok: js-eval
  const parsed: unknown = JSON.parse(text);
  // ok: js-eval
  setTimeout((): void => console.log(text), 10);
  // ok: js-eval
  const version = vm.runInNewContext('process.version', {});
  return [parsed, version];
}
