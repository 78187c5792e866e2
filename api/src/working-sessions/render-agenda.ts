import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DecisionView, WorkingSessionView } from '@ws/domain';
import { markdownCell } from '../reports/render-markdown';
import { useEmbeddedFonts } from '../reports/render-pdf';

// The agenda of a working session as sent to the committee before it meets: where and
// when, who is invited, the numbered items and the decisions that fall due.

export interface AgendaDocument {
  partnership: string;
  session: WorkingSessionView;
  /** Open decisions of earlier sessions, overdue or due soon */
  openDecisions: DecisionView[];
}

const where = (session: WorkingSessionView) =>
  [session.place, session.link].filter(Boolean).join(' — ') ||
  'To be announced';
const decisionLine = (d: DecisionView) =>
  `${d.text} — ${d.ownerName}, due ${d.dueDate}${d.overdue ? ' (overdue)' : ''}`;
const invitees = (session: WorkingSessionView) =>
  session.attendees.map((a) =>
    a.organisation && a.organisation !== a.name
      ? `${a.name} (${a.organisation})`
      : a.name,
  );

export const agendaFileName = (session: WorkingSessionView, format: string) =>
  `4m4iof-agenda-${session.date}.${format}`;

// Agenda lines are plain text: escape what Markdown would read as markup.
const markdownLine = (value: string) =>
  markdownCell(value).replace(/([*_`[\]<>#])/g, '\\$1');

export function renderAgendaMarkdown(document: AgendaDocument): Buffer {
  const { session } = document;
  const lines = [
    `# ${markdownLine(document.partnership)} — steering committee, ${session.date}`,
    '',
    `- **Where:** ${markdownLine(where(session))}`,
    '',
    '## Agenda',
    '',
    ...(session.agenda.length
      ? session.agenda.map((item, i) => `${i + 1}. ${markdownLine(item)}`)
      : ['No item yet.']),
    '',
  ];
  if (session.attendees.length)
    lines.push(
      '## Invited',
      '',
      ...invitees(session).map((name) => `- ${markdownLine(name)}`),
      '',
    );
  if (document.openDecisions.length)
    lines.push(
      '## Decisions falling due',
      '',
      ...document.openDecisions.map(
        (d) => `- ${markdownLine(decisionLine(d))}`,
      ),
      '',
    );
  return Buffer.from(lines.join('\n'), 'utf8');
}

export async function renderAgendaPdf(
  document: AgendaDocument,
): Promise<Buffer> {
  useEmbeddedFonts();
  const { session } = document;
  const content: Content[] = [
    { text: document.partnership, style: 'title' },
    { text: `Steering committee — ${session.date}`, style: 'subtitle' },
    { text: where(session), margin: [0, 0, 0, 12] },
    { text: 'Agenda', style: 'h2' },
    session.agenda.length
      ? { ol: session.agenda, margin: [0, 0, 0, 12] }
      : { text: 'No item yet.', italics: true },
  ];
  if (session.attendees.length)
    content.push(
      { text: 'Invited', style: 'h2' },
      { ul: invitees(session), margin: [0, 0, 0, 12] },
    );
  if (document.openDecisions.length)
    content.push(
      { text: 'Decisions falling due', style: 'h2' },
      { ul: document.openDecisions.map(decisionLine) },
    );
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    info: {
      title: `${document.partnership} — agenda of ${session.date}`,
      author: document.partnership,
    },
    defaultStyle: { font: 'Roboto', fontSize: 11 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 6] },
      subtitle: { fontSize: 14, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 6], color: '#1565c0' },
    },
    content,
  };
  return pdfmake.createPdf(definition).getBuffer();
}
