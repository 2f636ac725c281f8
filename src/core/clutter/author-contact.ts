import { type Block, type ClutterRule, REPORTED_SPEECH } from './rule';

/**
 * How to reach the reporter, at the end of the story: "Have a tip? Ann Lee may be
 * reached at alee@example.com. Follow her on Twitter @annlee", "Reach the reporters
 * on Twitter at …", or the address alone on its line. Site chrome, like the author
 * box. Two signals must meet: an address (e-mail, @handle, profile link) and an
 * invitation to use it ("Is there something we should know? Email the writer at …" is a
 * tip line wherever it sits); a bare address counts only at the article's tail.
 */
/** A profile's address by its shape, whatever the network: a host and one path segment ("example.com/annlee"). */
const PROFILE = '(?:https?:\\/\\/)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}\\/@?[\\w.-]+\\/?';
const EMAIL = '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+';
const ADDRESS = new RegExp(`${EMAIL}|(?:^|\\s)@\\w{2,}|(?:^|\\s)${PROFILE}(?=[\\s,.;]|$)`, 'i');
const INVITATION =
  /\b(?:(?:can|may) be (?:reached|contacted|e-?mailed)|(?:reach|contact|e-?mail|follow|message) (?:him|her|them|the (?:reporter|writer|author|columnist)s?)\b|have (?:a|any) (?:news )?tips?\??|send (?:us |me )?(?:a |your )?(?:news )?tips?\b)/i;
/**
 * Away from the tail only an invitation that names the newsroom or asks for tips counts ("the clerk
 * may be reached at" is the story's, and so is an organisation's own "contact us at …").
 */
const TIP_LINE =
  /\b(?:(?:e-?mail|contact|reach|message) the (?:reporter|writer|author|columnist|newsroom)s?\b|have (?:a|any) (?:news )?tips?\??|send (?:us |me )?(?:a |your )?(?:news )?tips?\b|something (?:you think )?we should know\b)/i;
/** The address alone: "ann.lee@example.com", "example.com/annlee", "@annlee". */
const ADDRESS_ONLY = new RegExp(`^(?:${EMAIL}|${PROFILE}|@\\w{2,})$`, 'i');
const MAX_CONTACT = 500;

function contactLine({ text, edge }: Block): string | null {
  if (text.length > MAX_CONTACT || REPORTED_SPEECH.test(text)) return null;
  if (ADDRESS_ONLY.test(text)) return edge === 'tail' ? `contact address "${text}"` : null;
  const address = ADDRESS.exec(text);
  const invitation = address && (edge === 'tail' ? INVITATION : TIP_LINE).exec(text);
  return invitation ? `contact "${invitation[0]}"` : null;
}

export const authorContact: ClutterRule = {
  category: 'chrome',
  attributes: /(?!)/,
  maxMarkedText: 0,
  label: contactLine,
  prose: contactLine,
  takesSelf: true,
};
