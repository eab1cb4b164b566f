// How a build step stops: it names the step, the cause and the fix, in Chinese, so the
// person running `npm run build` (often a trainer, not a programmer) knows what to do
// without reading a stack trace. Scripts exit non-zero with it (exitWithFailure, runStep);
// Astro integrations throw it as an AstroError (astroFailure), which stops `astro build`.
import { AstroError } from 'astro/errors';

/** What a person needs to hear when a step cannot go on. */
export interface StepProblem {
  /** The step as a person knows it, e.g. 生成 PDF、建立搜索索引、离线副本、检查外部工具 */
  step: string;
  /** What went wrong, in one sentence. */
  cause: string;
  /** What to do about it. */
  fix: string;
  /** The evidence: every problem found, a tool's output, an unexpected error's stack. */
  details?: string;
}

/** A step's failure, thrown where it is found and reported once, at the step's edge. */
export class StepFailure extends Error {
  readonly problem: StepProblem;

  constructor(problem: StepProblem) {
    super(failureText(problem));
    this.name = 'StepFailure';
    this.problem = problem;
  }
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

/** The problem as the lines a person reads. */
export function failureText({ step, cause, fix, details }: StepProblem): string {
  const lines = [`【${step}】失败：${cause}`, `解决办法：${fix}`];
  if (details?.trim()) lines.push('详细信息：', indent(details.trim()));
  return lines.join('\n');
}

/**
 * Any error as a problem of `step`: a StepFailure as it is (whatever step it names), anything
 * else as an unexpected error, with its stack kept for whoever maintains the code.
 */
export function asStepProblem(error: unknown, step: string): StepProblem {
  if (error instanceof StepFailure) return error.problem;
  const e = error instanceof Error ? error : new Error(String(error));
  return {
    step,
    cause: `意外的错误：${e.message.split('\n')[0]}`,
    fix: '这多半是程序本身的问题，不是内容的问题：请把这段输出完整地附在问题报告里，交给网站的维护者。',
    details: e.stack ?? e.message,
  };
}

/** For command-line scripts: prints the problem to stderr and ends the process non-zero. */
export function exitWithFailure(error: unknown, step: string, exitCode = 1): never {
  console.error(`\n${failureText(asStepProblem(error, step))}`);
  process.exit(exitCode);
}

/** Runs a script's body; any failure ends the process in Chinese (exit code 1). */
export async function runStep(step: string, body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
  } catch (error) {
    exitWithFailure(error, step);
  }
}

/** For Astro integrations: throw the result; `astro build` stops and shows message and hint. */
export function astroFailure(error: unknown, step: string): AstroError {
  const problem = asStepProblem(error, step);
  const { details, ...rest } = problem;
  const message = failureText(rest).split('\n')[0]!;
  return new AstroError(details?.trim() ? `${message}\n${indent(details.trim())}` : message, `解决办法：${problem.fix}`);
}
