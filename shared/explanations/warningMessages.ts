/**
 * English messages of the warnings an action dialog shows before the caseworker confirms:
 * nothing is refused, but the law or the office's practice expects a second look. Keys are
 * `warning.<message>`.
 */
export const warningMessages = {
  'warning.detention_during_sentence':
    'The recorded prison sentence runs until {{date}}: return detention normally starts when the person is released, not while the sentence is served.',
  'warning.detention_during_sentence_end_unknown':
    'The person is recorded as serving a prison sentence with no end date: return detention normally starts when the person is released. Record the end of the sentence.',
  'warning.close_with_open_deadlines': 'Deadlines still open on this case ({{count}}): closing it leaves them unanswered.',
} as const;
