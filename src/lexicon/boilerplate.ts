/**
 * What a news page wraps around its article and Readability lets through: whole paragraphs that are page
 * furniture (ads, share bars, "Read more" links, newsletter prompts, photo credits, bare bylines and
 * datelines), and class/id words that mark a furniture element inside the extracted content. Matched
 * against a whole paragraph (whitespace collapsed), so an article sentence that merely mentions a newsletter
 * stays.
 */

/** A paragraph matching one of these is dropped entirely. */
export const BOILERPLATE_PARAGRAPHS: readonly RegExp[] = [
  // ad and sponsorship labels
  /^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?)\.?$/i,
  // onward links: "Read more: …", "Related: …", "See also", "Recommended"
  /^(?:read|see|watch|listen)(?: more| also| next| the full story| now)?\s*[:>»›]/i,
  /^(?:also read|also see|also watch|don't miss|related|more)\s*[:>»›]/i,
  /^(?:read more|read next|more from [^.]{1,60}|related(?: stories| articles| coverage| content| links)?|recommended(?: for you)?|you (?:may|might) also like|most (?:read|popular|viewed)|trending(?: now)?|top stories|further reading|latest (?:news|videos?|stories|headlines)|more videos?|editor'?s picks)\s*[:>»›]?$/i,
  // the same labels in other languages (German, French, Spanish, Italian, Dutch)
  /^(?:lese-?empfehlung(?:en)?|(?:lesen sie )?(?:auch|mehr zum thema)|weiterlesen|auch interessant|(?:à )?lire aussi|(?:à )?lire la suite|lea también|lee también|leer más|leggi anche|lees ook|meer lezen)\s*[:>»›]?$/i,
  /^(?:(?:from )?around the web|powered by \w+|keywords|tags|topics|filed under|more on this(?: story)?)\s*:?$/i,
  // media player and gallery controls
  /^(?:press (?:the )?(?:spacebar|space bar|esc)\b|view full size image|(?:click|tap) to (?:play|enlarge|expand)\b)[^.]{0,80}\.?(?:\s*press esc to stop\.)?$/i,
  // slideshow counters ("3 of 10")
  /^(?:image|photo|slide)?\s*\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i,
  // share bars and social prompts
  /^(?:share|share this(?: story| article)?|share on \w+|tweet|email|print|comment|comments|pin it|save|whatsapp|facebook|twitter|linkedin|pinterest|reddit|messenger)(?:\s*[|/·•]?\s*(?:share|tweet|email|print|comments?|pin it|save|whatsapp|facebook|twitter|linkedin|pinterest|reddit|messenger|google\+?|\d+))*$/i,
  /^(?:follow|like) (?:us|me|[^.]{1,40}) on (?:twitter|facebook|instagram|linkedin|x)\b[^.]{0,80}\.?$/i,
  /^(?:let'?s be friends|let'?s connect|connect with us|stay connected|follow us|join the conversation|join us on \w+)\s*[!.:]?$/i,
  // shop links ("Mars 12 inch Globe Buy Here")
  /^[^.!?]{0,60}\b(?:buy (?:here|now|it here)|shop now|shop (?:it|the look) here)\s*[!.:»›]?$/i,
  /^(?:click|tap) (?:here|to) (?:share|tweet|email|print|subscribe|sign up|enlarge|see|view|read)\b[^.]{0,80}\.?$/i,
  // newsletter and subscription prompts (short: a paragraph about a newsletter is kept)
  /^(?:sign up|subscribe|register|get (?:our|the) [^.]{0,40}newsletter)\b[^.]{0,140}(?:newsletter|inbox|email|updates?|subscribe|here|today|now)\W*$/i,
  /^get (?:the latest |daily |our |breaking )?(?:news |headlines |stories )?(?:updates|alerts|news) (?:in|to|straight to|delivered to) your inbox\W*$/i,
  /^[^.!?]{0,60}\b(?:get|join|sign up for|subscribe to|receive) (?:our|the|my)\b[^.!?]{0,40}\bnewsletters?\b[^.!?]{0,60}[:!.]?$/i,
  /^(?:already a subscriber|you have reached your|to continue reading|this (?:article|story|content) is (?:for|available to) subscribers)\b.{0,160}$/i,
  // photo credits and captions with only a source
  /^(?:photo|photos|photograph|image|images|picture|pictures|video|graphic|illustration|credit|credits)(?:\s+(?:credit|courtesy|by|via|source))?\s*[:|/]\s*.{0,100}$/i,
  /^\(?(?:photo|image|picture)s?\s+(?:by|courtesy of|via)\b.{0,100}\)?$/i,
  /^(?:\w+\s+){0,3}(?:\/|via|for|–|-)?\s*(?:getty images|ap photo|afp(?: via getty images)?|reuters|shutterstock|epa|istock(?:photo)?)(?:\s*\/\s*[^.]{0,60})?\)?$/i,
  // bylines and datelines standing alone
  /^[Bb][Yy]\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}(?:(?:,|and|&)\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4})*(?:[,|–—•·-]\s*(?:[^.]{0,60}|\d{1,2}[./]\d{1,2}[./]\d{2,4}))?$/u,
  // share and comment counters standing alone ("2,127", "1.7M shares")
  /^\d{1,3}(?:[,.]\d{3})*(?:\.\d)?[KkMm]?\s*(?:shares?|comments?|views?)?$/,
  /^(?:published|posted|updated|last updated|first published|modified)(?:\s+(?:on|at))?\s*:?\s*[^.]{0,60}\d{1,2}(?::\d\d)?[^.]{0,30}$/i,
  // site legal footer lines
  /^(?:use of|registration on or use of) this site constitutes acceptance of\b.{0,200}$/i,
  /^the material on this site may not be reproduced\b.{0,200}$/i,
  /^(?:ad choices|your california privacy rights|privacy policy|terms of (?:use|service)|cookie (?:policy|settings))$/i,
  // copyright and legal lines
  /^(?:©|\(c\)|copyright\b).{0,200}$/i,
  /^all rights reserved\.?$/i,
];

/** Words in an element's class or id inside the extracted content that mark it as furniture, not article. */
export const BOILERPLATE_CLASS_WORDS: readonly string[] = [
  'caption', 'credit', 'byline', 'dateline', 'share', 'sharing', 'social', 'related', 'newsletter', 'promo',
  'advert', 'sponsor', 'subscribe', 'signup', 'toolbar', 'breadcrumb', 'tags', 'author-bio', 'comments',
  'read-more', 'readmore', 'more-stories', 'recirc', 'outbrain', 'taboola', 'dek', 'standfirst', 'modal', 'meta',
];

/**
 * Class words of a subtitle box: the standfirst when it restates the page's description, but on some sites the
 * name of the section headings inside the story, which stay.
 */
export const SUBTITLE_CLASS_WORDS: readonly string[] = ['subheader', 'subtitle', 'subhead', 'sub-headline'];

/**
 * Furniture only at the article's edges (its first two or last paragraph): a bare timestamp there is the page's
 * own date, while in the middle of the text it may be a listed event time.
 */
export const BOILERPLATE_EDGE_PARAGRAPHS: readonly RegExp[] = [
  /^(?:(?:on|posted|published)\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?),?\s+\d{4}(?:\s*(?:,|at|-|\|)?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/i,
  /^\d{1,2}[:.]\d\d\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?,?\s+\S+\s+\d{1,2},?\s+\d{4}$/i,
  // a numeric date stamp ("12.22.14", "22/12/2014")
  /^\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})$/,
  // a wire dateline stamped with the filing time ("HARBOURTON, Examplia Tue Dec 30, 2014 11:44pm GMT")
  /^\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*,?[\p{L} ,./'’-]{0,60}\s(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s+\d{1,2}:\d\d\s*[aApP]\.?[mM]\.?(?:\s+[A-Z]{2,4})?$/u,
];

/**
 * Tags listed after the article ("harbour repairs", "ferries,"): short, all lower-case, no sentence. Dropped only
 * as the article's last paragraphs, where a page prints its tag list.
 */
export const TRAILING_TAG = /^[\p{Ll}\d][\p{Ll}\d '’&-]{0,40},?$/u;
