import { migration0001Engagements } from './0001-engagements';
import { migration0002Settings } from './0002-settings';
import { migration0003Questionnaire } from './0003-questionnaire';
import { migration0004Interviews } from './0004-interviews';
import { migration0005Report } from './0005-report';
import { migration0006GroupInvited } from './0006-group-invited';
import { migration0007StatementIdentity } from './0007-statement-identity';
import { migration0008OpenAnswers } from './0008-open-answers';
import { migration0009Fieldwork } from './0009-fieldwork';
import { migration0010Coding } from './0010-coding';
import { migration0011RespondentCounts } from './0011-respondent-counts';
import { migration0012AnswerNumbers } from './0012-answer-numbers';
import { migration0013AnswersIndex } from './0013-answers-index';
import type { Migration } from './migration';

export type { Migration };

/** Ordered, append-only: never edit a migration that has shipped; add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001Engagements,
  migration0002Settings,
  migration0003Questionnaire,
  migration0004Interviews,
  migration0005Report,
  migration0006GroupInvited,
  migration0007StatementIdentity,
  migration0008OpenAnswers,
  migration0009Fieldwork,
  migration0010Coding,
  migration0011RespondentCounts,
  migration0012AnswerNumbers,
  migration0013AnswersIndex,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
