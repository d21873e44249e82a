import type { Answer } from '../answer/types';
import { renderAnswer } from '../render/discord/answer';
import type { AnswerRequest } from '../render/discord/custom-id';
import type { DossierApi } from './dossier';
import type { Reply } from './respond';

/** Asks the Dossier a request, the same way for a command and for a button that repeats it. */
export function runRequest(dossier: DossierApi, request: AnswerRequest): Answer {
  switch (request.kind) {
    case 'ask':
      return dossier.ask(request.question, scope(request));
    case 'actor':
      return dossier.actor(request.name, scope(request));
    case 'claims':
      return dossier.claims({
        ...(request.actor !== undefined && { actor: request.actor }),
        ...(request.topic !== undefined && { topic: request.topic }),
        ...scope(request),
      });
    case 'timeline':
      return dossier.timeline(scope(request));
    case 'source':
      return dossier.source({ paragraph: request.paragraph, ...(request.article !== undefined && { article: request.article }) });
    case 'brief':
      return dossier.brief(request.article !== undefined ? { article: request.article } : {});
    case 'about':
      return dossier.about();
    case 'help':
      return dossier.help();
  }
}

/** The `article` a request is restricted to, as the answer layer takes it. */
function scope(request: { article?: string }): { article?: string } {
  return request.article !== undefined ? { article: request.article } : {};
}

export interface AnswerReplyOptions {
  ephemeral: boolean;
  request?: AnswerRequest;
  page?: number;
}

/** An answer page as a reply; ephemeral replies get "Share" so they can be posted for everyone. */
export function answerReply(answer: Answer, { ephemeral, request, page }: AnswerReplyOptions): Reply {
  const { embeds, components } = renderAnswer(answer, {
    shareable: ephemeral,
    ...(request && { request }),
    ...(page !== undefined && { page }),
  });
  return { embeds, components, ephemeral };
}

/** Every page of an answer, for posting a whole answer as several messages (a thread briefing). */
export function allPages(answer: Answer, maxPages: number): Reply[] {
  const first = renderAnswer(answer);
  const replies: Reply[] = [{ embeds: first.embeds }];
  for (let page = 1; page < Math.min(first.pageCount, maxPages); page++) {
    replies.push({ embeds: renderAnswer(answer, { page }).embeds });
  }
  return replies;
}
