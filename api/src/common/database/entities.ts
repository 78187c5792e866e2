import { ActionComment } from '../../actions/action-comment.entity';
import { Action } from '../../actions/action.entity';
import { Indicator } from '../../actions/indicator.entity';
import { Milestone } from '../../actions/milestone.entity';
import { StatusUpdate } from '../../actions/status-update.entity';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { InvestmentStatusChange } from '../../investments/investment-status-change.entity';
import { Investment } from '../../investments/investment.entity';
import {
  Notification,
  NotificationFact,
  NotificationPreference,
  OutboxMail,
} from '../../notifications/notification.entity';
import { Partner } from '../../partners/partner.entity';
import { Partnership } from '../../partnership/partnership.entity';
import { EffraDomain } from '../../reference-data/effra-domain.entity';
import { FundingInstrument } from '../../reference-data/funding-instrument.entity';
import { Initiative } from '../../reference-data/initiative.entity';
import { Phase } from '../../reference-data/phase.entity';
import { Region } from '../../reference-data/region.entity';
import { Stream } from '../../reference-data/stream.entity';
import { Setting } from '../../settings/setting.entity';
import { User } from '../../users/user.entity';
import { CalendarFeed } from '../../calendar/calendar-feed.entity';
import {
  Decision,
  SessionAttendee,
  SessionSnapshot,
  WorkingSession,
} from '../../working-sessions/working-session.entity';

export const ENTITIES = [
  Region,
  EffraDomain,
  Phase,
  Stream,
  Initiative,
  FundingInstrument,
  Partner,
  Partnership,
  User,
  Setting,
  AuditEntry,
  Action,
  Milestone,
  Indicator,
  StatusUpdate,
  ActionComment,
  WorkingSession,
  SessionAttendee,
  Decision,
  SessionSnapshot,
  CalendarFeed,
  Investment,
  InvestmentStatusChange,
  Notification,
  NotificationPreference,
  NotificationFact,
  OutboxMail,
];
