import type { NotificationKind, NotificationLanguage } from '@ws/domain';

// The texts of every e-mail and of the unsubscribe page, in the five languages a
// user may choose. Placeholders in braces are filled by fillText.

export const MAIL_TEXT_KEYS = [
  'greeting',
  'open',
  'updateStatus',
  'dueOn',
  'footerReason',
  'footerPreferences',
  'footerUnsubscribe',
  'subject.comment',
  'subject.decision-assigned',
  'subject.daily-digest',
  'subject.weekly-digest',
  'subject.coordinator-summary',
  'notification.action-overdue',
  'notification.action-stale',
  'notification.milestone-due',
  'notification.comment',
  'notification.decision-assigned',
  'notification.phase-advanced',
  'notification.rule-violated',
  'daily.intro',
  'weekly.intro',
  'weekly.overdue',
  'weekly.stale',
  'weekly.dueSoon',
  'summary.intro',
  'summary.nobodyBehind',
  'summary.partner',
  'summary.overdue',
  'summary.stale',
  'unsubscribe.title',
  'unsubscribe.question',
  'unsubscribe.confirm',
  'unsubscribe.done',
  'unsubscribe.invalid',
] as const;
export type MailTextKey = (typeof MAIL_TEXT_KEYS)[number];

export const notificationTextKey = (kind: NotificationKind): MailTextKey =>
  `notification.${kind}`;

export const MAIL_TEXTS: Record<
  NotificationLanguage,
  Record<MailTextKey, string>
> = {
  en: {
    greeting: 'Hello {name},',
    open: 'Open',
    updateStatus: 'Update the status',
    dueOn: 'due {date}',
    footerReason: 'You receive this e-mail as a user of the 4M4IoF Roadmap.',
    footerPreferences: 'Choose which e-mails you receive',
    footerUnsubscribe: 'Unsubscribe from all e-mails',
    'subject.comment': 'New comment on {code} {title}',
    'subject.decision-assigned': 'A decision for {partner}: {decision}',
    'subject.daily-digest': 'Your notifications of {date}',
    'subject.weekly-digest': '{partner}: actions to update this week',
    'subject.coordinator-summary': 'Who is behind this week ({week})',
    'notification.action-overdue':
      '{code} {title} is overdue (it was due {dueDate}).',
    'notification.action-stale':
      '{code} {title} has had no status update since {since}.',
    'notification.milestone-due':
      'The milestone "{milestone}" of {code} is due {dueDate}.',
    'notification.comment': '{author} commented on {code} {title}: "{excerpt}"',
    'notification.decision-assigned':
      'The steering committee assigned {partner} a decision: {decision}',
    'notification.phase-advanced': 'The partnership moved from {from} to {to}.',
    'notification.rule-violated': 'A governance rule is broken: {message}',
    'daily.intro': 'Here is what happened since your last e-mail:',
    'weekly.intro':
      'These actions led by {partner} need your attention. One click opens the status update form.',
    'weekly.overdue': 'Overdue',
    'weekly.stale': 'No status update for a long time',
    'weekly.dueSoon': 'Due in the next two weeks',
    'summary.intro': 'The partners with overdue or stale actions:',
    'summary.nobodyBehind': 'Nobody is behind: no action is overdue or stale.',
    'summary.partner': '{partner}: {overdue} overdue, {stale} stale',
    'summary.overdue': 'overdue: {codes}',
    'summary.stale': 'stale: {codes}',
    'unsubscribe.title': 'Unsubscribe',
    'unsubscribe.question':
      'Stop all e-mails from the 4M4IoF Roadmap to {email}? Notifications stay visible in the application.',
    'unsubscribe.confirm': 'Unsubscribe',
    'unsubscribe.done':
      'Done: {email} will receive no more e-mails. You can turn them on again in your notification preferences.',
    'unsubscribe.invalid':
      'This unsubscribe link is not valid. Sign in and change your notification preferences instead.',
  },
  fr: {
    greeting: 'Bonjour {name},',
    open: 'Ouvrir',
    updateStatus: "Mettre à jour l'état",
    dueOn: 'échéance le {date}',
    footerReason:
      'Vous recevez cet e-mail en tant qu’utilisateur de la feuille de route 4M4IoF.',
    footerPreferences: 'Choisir les e-mails que vous recevez',
    footerUnsubscribe: 'Se désabonner de tous les e-mails',
    'subject.comment': 'Nouveau commentaire sur {code} {title}',
    'subject.decision-assigned': 'Une décision pour {partner} : {decision}',
    'subject.daily-digest': 'Vos notifications du {date}',
    'subject.weekly-digest':
      '{partner} : actions à mettre à jour cette semaine',
    'subject.coordinator-summary': 'Qui est en retard cette semaine ({week})',
    'notification.action-overdue':
      '{code} {title} est en retard (échéance le {dueDate}).',
    'notification.action-stale':
      '{code} {title} n’a pas été mise à jour depuis le {since}.',
    'notification.milestone-due':
      'Le jalon « {milestone} » de {code} arrive à échéance le {dueDate}.',
    'notification.comment':
      '{author} a commenté {code} {title} : « {excerpt} »',
    'notification.decision-assigned':
      'Le comité de pilotage a confié une décision à {partner} : {decision}',
    'notification.phase-advanced':
      'Le partenariat est passé de la phase {from} à la phase {to}.',
    'notification.rule-violated':
      'Une règle de gouvernance n’est pas respectée : {message}',
    'daily.intro': 'Voici ce qui s’est passé depuis votre dernier e-mail :',
    'weekly.intro':
      'Ces actions pilotées par {partner} demandent votre attention. Un clic ouvre le formulaire de mise à jour.',
    'weekly.overdue': 'En retard',
    'weekly.stale': 'Sans mise à jour depuis longtemps',
    'weekly.dueSoon': 'Échéance dans les deux prochaines semaines',
    'summary.intro':
      'Les partenaires ayant des actions en retard ou sans mise à jour :',
    'summary.nobodyBehind':
      'Personne n’est en retard : aucune action n’est en retard ni sans mise à jour.',
    'summary.partner':
      '{partner} : {overdue} en retard, {stale} sans mise à jour',
    'summary.overdue': 'en retard : {codes}',
    'summary.stale': 'sans mise à jour : {codes}',
    'unsubscribe.title': 'Se désabonner',
    'unsubscribe.question':
      'Arrêter tous les e-mails de la feuille de route 4M4IoF envoyés à {email} ? Les notifications restent visibles dans l’application.',
    'unsubscribe.confirm': 'Se désabonner',
    'unsubscribe.done':
      'C’est fait : {email} ne recevra plus d’e-mails. Vous pouvez les réactiver dans vos préférences de notification.',
    'unsubscribe.invalid':
      'Ce lien de désabonnement n’est pas valable. Connectez-vous et modifiez vos préférences de notification.',
  },
  de: {
    greeting: 'Guten Tag {name},',
    open: 'Öffnen',
    updateStatus: 'Status aktualisieren',
    dueOn: 'fällig am {date}',
    footerReason: 'Sie erhalten diese E-Mail als Nutzer der 4M4IoF-Roadmap.',
    footerPreferences: 'Wählen, welche E-Mails Sie erhalten',
    footerUnsubscribe: 'Alle E-Mails abbestellen',
    'subject.comment': 'Neuer Kommentar zu {code} {title}',
    'subject.decision-assigned': 'Ein Beschluss für {partner}: {decision}',
    'subject.daily-digest': 'Ihre Benachrichtigungen vom {date}',
    'subject.weekly-digest':
      '{partner}: diese Woche zu aktualisierende Maßnahmen',
    'subject.coordinator-summary': 'Wer diese Woche im Rückstand ist ({week})',
    'notification.action-overdue':
      '{code} {title} ist überfällig (fällig am {dueDate}).',
    'notification.action-stale':
      '{code} {title} hat seit {since} keine Statusmeldung.',
    'notification.milestone-due':
      'Der Meilenstein „{milestone}“ von {code} ist am {dueDate} fällig.',
    'notification.comment':
      '{author} hat {code} {title} kommentiert: „{excerpt}“',
    'notification.decision-assigned':
      'Der Lenkungsausschuss hat {partner} einen Beschluss zugewiesen: {decision}',
    'notification.phase-advanced':
      'Die Partnerschaft ist von {from} zu {to} übergegangen.',
    'notification.rule-violated':
      'Eine Governance-Regel ist verletzt: {message}',
    'daily.intro': 'Das ist seit Ihrer letzten E-Mail geschehen:',
    'weekly.intro':
      'Diese von {partner} geleiteten Maßnahmen brauchen Ihre Aufmerksamkeit. Ein Klick öffnet das Formular für die Statusmeldung.',
    'weekly.overdue': 'Überfällig',
    'weekly.stale': 'Lange keine Statusmeldung',
    'weekly.dueSoon': 'In den nächsten zwei Wochen fällig',
    'summary.intro': 'Partner mit überfälligen oder veralteten Maßnahmen:',
    'summary.nobodyBehind':
      'Niemand ist im Rückstand: keine Maßnahme ist überfällig oder veraltet.',
    'summary.partner': '{partner}: {overdue} überfällig, {stale} veraltet',
    'summary.overdue': 'überfällig: {codes}',
    'summary.stale': 'veraltet: {codes}',
    'unsubscribe.title': 'Abbestellen',
    'unsubscribe.question':
      'Alle E-Mails der 4M4IoF-Roadmap an {email} abbestellen? Benachrichtigungen bleiben in der Anwendung sichtbar.',
    'unsubscribe.confirm': 'Abbestellen',
    'unsubscribe.done':
      'Erledigt: {email} erhält keine E-Mails mehr. Sie können sie in Ihren Benachrichtigungseinstellungen wieder einschalten.',
    'unsubscribe.invalid':
      'Dieser Abmeldelink ist ungültig. Melden Sie sich an und ändern Sie Ihre Benachrichtigungseinstellungen.',
  },
  it: {
    greeting: 'Buongiorno {name},',
    open: 'Apri',
    updateStatus: 'Aggiorna lo stato',
    dueOn: 'scadenza {date}',
    footerReason: 'Ricevi questa e-mail in quanto utente della roadmap 4M4IoF.',
    footerPreferences: 'Scegli quali e-mail ricevere',
    footerUnsubscribe: 'Annulla l’iscrizione a tutte le e-mail',
    'subject.comment': 'Nuovo commento su {code} {title}',
    'subject.decision-assigned': 'Una decisione per {partner}: {decision}',
    'subject.daily-digest': 'Le tue notifiche del {date}',
    'subject.weekly-digest': '{partner}: azioni da aggiornare questa settimana',
    'subject.coordinator-summary': 'Chi è in ritardo questa settimana ({week})',
    'notification.action-overdue':
      '{code} {title} è in ritardo (scadenza {dueDate}).',
    'notification.action-stale':
      '{code} {title} non ha aggiornamenti di stato dal {since}.',
    'notification.milestone-due':
      'La tappa «{milestone}» di {code} scade il {dueDate}.',
    'notification.comment':
      '{author} ha commentato {code} {title}: «{excerpt}»',
    'notification.decision-assigned':
      'Il comitato direttivo ha assegnato a {partner} una decisione: {decision}',
    'notification.phase-advanced':
      'Il partenariato è passato dalla fase {from} alla fase {to}.',
    'notification.rule-violated':
      'Una regola di governance non è rispettata: {message}',
    'daily.intro': 'Ecco cosa è successo dalla tua ultima e-mail:',
    'weekly.intro':
      'Queste azioni guidate da {partner} richiedono attenzione. Un clic apre il modulo di aggiornamento dello stato.',
    'weekly.overdue': 'In ritardo',
    'weekly.stale': 'Senza aggiornamenti da tempo',
    'weekly.dueSoon': 'In scadenza nelle prossime due settimane',
    'summary.intro': 'I partner con azioni in ritardo o senza aggiornamenti:',
    'summary.nobodyBehind':
      'Nessuno è in ritardo: nessuna azione è in ritardo o senza aggiornamenti.',
    'summary.partner':
      '{partner}: {overdue} in ritardo, {stale} senza aggiornamenti',
    'summary.overdue': 'in ritardo: {codes}',
    'summary.stale': 'senza aggiornamenti: {codes}',
    'unsubscribe.title': 'Annulla iscrizione',
    'unsubscribe.question':
      'Interrompere tutte le e-mail della roadmap 4M4IoF inviate a {email}? Le notifiche restano visibili nell’applicazione.',
    'unsubscribe.confirm': 'Annulla iscrizione',
    'unsubscribe.done':
      'Fatto: {email} non riceverà più e-mail. Puoi riattivarle nelle preferenze di notifica.',
    'unsubscribe.invalid':
      'Questo link di annullamento non è valido. Accedi e modifica le preferenze di notifica.',
  },
  es: {
    greeting: 'Hola, {name}:',
    open: 'Abrir',
    updateStatus: 'Actualizar el estado',
    dueOn: 'vence el {date}',
    footerReason: 'Recibe este correo como usuario de la hoja de ruta 4M4IoF.',
    footerPreferences: 'Elegir qué correos recibe',
    footerUnsubscribe: 'Darse de baja de todos los correos',
    'subject.comment': 'Nuevo comentario en {code} {title}',
    'subject.decision-assigned': 'Una decisión para {partner}: {decision}',
    'subject.daily-digest': 'Sus notificaciones del {date}',
    'subject.weekly-digest': '{partner}: acciones que actualizar esta semana',
    'subject.coordinator-summary': 'Quién va con retraso esta semana ({week})',
    'notification.action-overdue':
      '{code} {title} está vencida (vencía el {dueDate}).',
    'notification.action-stale':
      '{code} {title} no tiene actualizaciones de estado desde el {since}.',
    'notification.milestone-due':
      'El hito «{milestone}» de {code} vence el {dueDate}.',
    'notification.comment': '{author} comentó {code} {title}: «{excerpt}»',
    'notification.decision-assigned':
      'El comité de dirección asignó una decisión a {partner}: {decision}',
    'notification.phase-advanced':
      'La asociación pasó de la fase {from} a la fase {to}.',
    'notification.rule-violated':
      'No se cumple una regla de gobernanza: {message}',
    'daily.intro': 'Esto es lo que ha pasado desde su último correo:',
    'weekly.intro':
      'Estas acciones que lidera {partner} necesitan su atención. Un clic abre el formulario de actualización.',
    'weekly.overdue': 'Vencidas',
    'weekly.stale': 'Sin actualizar desde hace tiempo',
    'weekly.dueSoon': 'Vencen en las próximas dos semanas',
    'summary.intro': 'Los socios con acciones vencidas o sin actualizar:',
    'summary.nobodyBehind':
      'Nadie va con retraso: ninguna acción está vencida ni sin actualizar.',
    'summary.partner': '{partner}: {overdue} vencidas, {stale} sin actualizar',
    'summary.overdue': 'vencidas: {codes}',
    'summary.stale': 'sin actualizar: {codes}',
    'unsubscribe.title': 'Darse de baja',
    'unsubscribe.question':
      '¿Dejar de enviar correos de la hoja de ruta 4M4IoF a {email}? Las notificaciones siguen visibles en la aplicación.',
    'unsubscribe.confirm': 'Darse de baja',
    'unsubscribe.done':
      'Hecho: {email} ya no recibirá correos. Puede volver a activarlos en sus preferencias de notificación.',
    'unsubscribe.invalid':
      'Este enlace de baja no es válido. Inicie sesión y cambie sus preferencias de notificación.',
  },
};

/** The placeholders a text expects, e.g. ["code", "title"]. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

export function mailText(
  language: NotificationLanguage,
  key: MailTextKey,
  params: Record<string, string | number | null | undefined> = {},
): string {
  return MAIL_TEXTS[language][key].replace(/\{(\w+)\}/g, (whole, name) =>
    params[name] === undefined || params[name] === null
      ? whole
      : String(params[name]),
  );
}
