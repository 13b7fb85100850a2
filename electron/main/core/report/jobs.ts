/**
 * Report generation as a job: `report.start` returns at once with a job id and the work goes on in
 * main; `report.progress` is polled for the stage and percentage and, once, the finished file.
 * Polling works the same over Electron IPC and the browser host's HTTP, so both hosts share it.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@shared/ipc/errors';
import type { DeliverableFormat, ReportJobProgress } from '@shared/ipc/report';
import type { Workspace } from '../workspace';
import { defineWorkspaceState } from '../workspace-state';
import { generateDeliverable } from './generate';

/** The file is handed out once, when the job is done; then the job is forgotten. */
export type ReportJobState = ReportJobProgress;

interface Job {
  state: ReportJobState;
  finishedAt: number | null;
}

/** Finished jobs nobody collected are dropped after this long. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

export class ReportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly workspace: Workspace,
    private readonly log: (message: string, error: unknown) => void = (message, error) =>
      console.error(message, error),
  ) {}

  start(engagementId: number, format: DeliverableFormat = 'docx'): { jobId: string } {
    this.dropStale();
    // Fail fast on an unknown engagement, before a job exists.
    this.workspace.engagements.get(engagementId);
    const jobId = randomUUID();
    const job: Job = {
      state: { jobId, stage: 'loading', percent: 0, file: null, error: null },
      finishedAt: null,
    };
    this.jobs.set(jobId, job);
    void generateDeliverable(this.workspace, engagementId, format, (stage, percent) => {
      job.state = { ...job.state, stage, percent };
    }).then(
      (file) => {
        job.state = { ...job.state, stage: 'done', percent: 100, file };
        job.finishedAt = Date.now();
      },
      (error: unknown) => {
        if (!(error instanceof AppError)) this.log(`report job ${jobId} failed`, error);
        job.state = {
          ...job.state,
          stage: 'failed',
          error: error instanceof AppError ? error.toIpcError() : { key: 'errors.internal' },
        };
        job.finishedAt = Date.now();
      },
    );
    return { jobId };
  }

  progress(jobId: string): ReportJobState {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('errors.notFound', { what: 'reportJob', id: jobId });
    if (job.state.stage === 'done' || job.state.stage === 'failed') this.jobs.delete(jobId);
    return job.state;
  }

  /** Waits until a job has finished (for the command line and tests). */
  async finish(jobId: string): Promise<ReportJobState> {
    for (;;) {
      const job = this.jobs.get(jobId);
      if (!job) throw new AppError('errors.notFound', { what: 'reportJob', id: jobId });
      if (job.state.stage === 'done' || job.state.stage === 'failed') return this.progress(jobId);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private dropStale(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== null && now - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
    }
  }
}

const REPORT_JOBS = defineWorkspaceState(
  'report jobs',
  (workspace: Workspace) => new ReportJobs(workspace),
);

/** The report jobs of a workspace (one registry per open workspace). */
export function reportJobsOf(workspace: Workspace): ReportJobs {
  return workspace.state.get(REPORT_JOBS);
}
