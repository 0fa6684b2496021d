/**
 * What staff do with a flagged conversation: assign it, write notes, set its status, mark a false
 * positive (kept as feedback for the sentiment scorer), take the chat over, reply, hand it back, and
 * (admins) erase it. Every action lands in the flag's audit trail.
 */
import { randomUUID } from 'node:crypto';
import type { ConversationRecord, Flag, FlagEvent, FlagStatus } from '../shop/conversationTypes.ts';
import type { DocumentStore, FlagStore, StaffStore, TranscriptStore } from '../shop/ports.ts';
import type { StaffAccount } from '../shop/staffTypes.ts';
import type { ConversationRelay, StaffIdentity } from './conversationRelay.ts';
import { FLAG_STATUSES } from './reviewQueue.ts';

export class ReviewError extends Error {
  override name = 'ReviewError';
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 = 400,
  ) {
    super(message);
  }
}

export const MAX_NOTE_LENGTH = 4000;
export const MAX_REPLY_LENGTH = 4000;

/** Why a flag cannot be closed yet: closing it would leave a customer waiting for nobody. */
export const STILL_WAITING = 'the customer is still waiting for a person: take over or hand back first';

export interface ReviewStores {
  flags: FlagStore;
  transcripts: TranscriptStore;
  staff: StaffStore;
  /** The bot's state documents (dialog stack, conversation facts): erased with the conversation. */
  state?: DocumentStore;
}

export class ReviewService {
  constructor(
    private readonly stores: ReviewStores,
    private readonly relay: ConversationRelay,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async assign(flagId: string, assignee: string | undefined, by: StaffAccount): Promise<Flag> {
    const flag = await this.flag(flagId);
    let email: string | undefined;
    if (assignee) {
      const account = await this.stores.staff.getAccount(assignee);
      if (!account || account.disabled) throw new ReviewError(`no active staff account for ${assignee}`);
      email = account.email;
    }
    const status: FlagStatus = email && flag.status === 'new' ? 'in_review' : flag.status;
    return this.save({ ...flag, assignee: email, status }, by, 'assigned', email ?? 'nobody');
  }

  async addNote(flagId: string, text: string, by: StaffAccount): Promise<Flag> {
    const flag = await this.flag(flagId);
    const note = text.trim();
    if (!note) throw new ReviewError('the note is empty');
    if (note.length > MAX_NOTE_LENGTH) throw new ReviewError(`a note holds at most ${MAX_NOTE_LENGTH} characters`);
    const notes = [...(flag.notes ?? []), { id: randomUUID(), at: this.now().toISOString(), by: by.email, text: note }];
    return this.save({ ...flag, notes }, by, 'note');
  }

  async setStatus(flagId: string, status: string, by: StaffAccount): Promise<Flag> {
    if (!FLAG_STATUSES.includes(status as FlagStatus)) throw new ReviewError(`unknown status "${status}" (one of ${FLAG_STATUSES.join(', ')})`);
    if (status === 'false_positive') return this.markFalsePositive(flagId, by);
    const flag = await this.flag(flagId);
    if (status === 'resolved') await this.refuseIfWaiting(flag);
    if (flag.status !== 'new' && flag.status !== 'in_review' && (status === 'new' || status === 'in_review')) {
      await this.refuseIfAnotherIsOpen(flag);
    }
    return this.save({ ...flag, status: status as FlagStatus }, by, 'status', status);
  }

  /**
   * The flag was wrong: the customer was not upset. Each flagged message is kept, with what the
   * scorer said, as a labelled example (`shopkeeper sentiment feedback` exports them for training).
   */
  async markFalsePositive(flagId: string, by: StaffAccount): Promise<Flag> {
    const flag = await this.flag(flagId);
    await this.refuseIfWaiting(flag);
    const messages = await this.stores.transcripts.messages(flag.conversationId);
    const at = this.now().toISOString();
    for (const message of messages) {
      if (!flag.messageIds.includes(message.id) || message.role !== 'customer' || !message.sentiment) continue;
      await this.stores.staff.recordFeedback({
        messageId: message.id,
        conversationId: message.conversationId,
        text: message.text,
        scoredLabel: message.sentiment.label,
        score: message.sentiment.score,
        label: message.sentiment.label === 'negative' ? 'neutral' : message.sentiment.label,
        by: by.email,
        at,
      });
    }
    return this.save({ ...flag, status: 'false_positive' }, by, 'status', 'false_positive');
  }

  /**
   * Staff take the chat: the bot goes quiet and the customer is told a person has joined. An admin
   * may take it over from a colleague (who went home, or was disabled); the customer is told.
   */
  async takeOver(conversationId: string, by: StaffAccount): Promise<ConversationRecord> {
    let taken!: ConversationRecord;
    await this.relay.run(await this.conversation(conversationId), async (outbox) => {
      const current = await this.conversation(conversationId);
      const fromColleague = current.mode === 'with_agent' && current.agent?.email !== by.email ? current.agent : undefined;
      if (fromColleague && by.role !== 'admin') {
        throw new ReviewError(`${fromColleague.name ?? 'someone'} is already answering this customer (an admin can take it over or hand it back)`, 409);
      }
      if (current.mode === 'with_agent' && !fromColleague) {
        taken = current;
        return;
      }
      taken = { ...current, mode: 'with_agent', agent: { email: by.email, name: by.name, since: this.now().toISOString() } };
      await this.stores.transcripts.saveConversation(taken);
      if (fromColleague) {
        await outbox.sayAsAgent(identity(by), `Hi, I'm ${by.name} from the team, taking over from ${fromColleague.name}. I've read our conversation so far and I'm here to help.`);
      } else {
        await outbox.handoffStatus('accepted');
        await outbox.sayAsAgent(identity(by), `Hi, I'm ${by.name} from the team. I've read our conversation so far and I'm here to help.`);
      }
    });
    await this.logOnFlag(conversationId, by, 'took_over', { assignIfNone: true });
    return taken;
  }

  async reply(conversationId: string, text: string, by: StaffAccount): Promise<void> {
    const message = text.trim();
    if (!message) throw new ReviewError('the reply is empty');
    if (message.length > MAX_REPLY_LENGTH) throw new ReviewError(`a reply holds at most ${MAX_REPLY_LENGTH} characters`);
    await this.relay.run(await this.conversation(conversationId), async (outbox) => {
      const current = await this.conversation(conversationId);
      if (current.mode !== 'with_agent') throw new ReviewError('take the conversation over before replying', 409);
      if (current.agent?.email !== by.email) throw new ReviewError(`${current.agent?.name ?? 'someone else'} is answering this customer`, 409);
      await outbox.sayAsAgent(identity(by), message);
    });
  }

  /**
   * The bot answers again; the customer is told. From a takeover: the agent answering, or an admin
   * (the agent went home or was disabled). From a wait for a person nobody took: any staff member,
   * which ends the wait (the customer is told, and no longer counted as waiting).
   */
  async handBack(conversationId: string, by: StaffAccount): Promise<ConversationRecord> {
    let returned!: ConversationRecord;
    await this.relay.run(await this.conversation(conversationId), async (outbox) => {
      const current = await this.conversation(conversationId);
      if (current.mode === 'bot') throw new ReviewError('the bot is already answering this conversation', 409);
      if (current.mode === 'with_agent' && current.agent?.email !== by.email && by.role !== 'admin') {
        throw new ReviewError(`${current.agent?.name ?? 'someone else'} is answering this customer: only they or an admin can hand it back`, 403);
      }
      returned = { ...current, mode: 'bot', agent: undefined, handoff: undefined, handedBackAt: this.now().toISOString() };
      await this.stores.transcripts.saveConversation(returned);
      if (current.mode === 'with_agent') {
        await outbox.sayAsAgent(identity(by), `I'm handing you back to our assistant now. Thanks for your patience!`);
        await outbox.handoffStatus('completed');
      } else {
        await outbox.sayAsAgent(identity(by), `I've read our conversation, and our assistant will carry on helping you here. If you still need a person, just ask again. Thanks for your patience!`);
      }
    });
    await this.logOnFlag(conversationId, by, 'handed_back');
    return returned;
  }

  /**
   * Hands back to the bot every chat a staff member is answering (when they are disabled: their
   * customers must not wait for someone who cannot answer). Returns the conversations handed back
   * and those that could not be (no stored reference to reach the chat).
   */
  async releaseChatsOf(email: string, by: StaffAccount): Promise<{ handedBack: string[]; failed: string[] }> {
    const handedBack: string[] = [];
    const failed: string[] = [];
    const held = (await this.stores.transcripts.listConversations()).filter((c) => c.mode === 'with_agent' && c.agent?.email === email);
    for (const conversation of held) {
      try {
        await this.handBack(conversation.id, by);
        handedBack.push(conversation.id);
      } catch {
        failed.push(conversation.id);
      }
    }
    return { handedBack, failed };
  }

  /** Erases a conversation and its flags (a customer's request to delete their data). Admins only. */
  async eraseConversation(conversationId: string, by: StaffAccount): Promise<void> {
    if (by.role !== 'admin') throw new ReviewError('only an admin can delete a conversation', 403);
    const record = await this.conversation(conversationId);
    await this.stores.flags.deleteFlagsOf(conversationId);
    // The bot's state holds what the conversation proved (verified order ids, products shown):
    // botbuilder's ConversationState key is `channel/conversations/id/`.
    await this.stores.state?.delete([`${record.channelId}/conversations/${record.id}/`]);
    await this.stores.transcripts.deleteConversation(conversationId);
  }

  async noteExport(flagId: string, by: StaffAccount, format: string): Promise<void> {
    const flag = await this.stores.flags.getFlag(flagId);
    if (flag) await this.save(flag, by, 'exported', format);
  }

  private async flag(id: string): Promise<Flag> {
    const flag = await this.stores.flags.getFlag(id);
    if (!flag) throw new ReviewError(`no flag ${id}`, 404);
    return flag;
  }

  private async conversation(id: string): Promise<ConversationRecord> {
    const record = await this.stores.transcripts.getConversation(id);
    if (!record) throw new ReviewError(`no conversation ${id}`, 404);
    return record;
  }

  /**
   * Closing a flag (resolved, false positive) while its customer waits for a person would leave them
   * waiting for nobody: staff take the chat over or hand it back to the bot first.
   */
  private async refuseIfWaiting(flag: Flag): Promise<void> {
    const conversation = await this.stores.transcripts.getConversation(flag.conversationId);
    if (conversation?.mode === 'waiting_for_person') throw new ReviewError(STILL_WAITING, 409);
  }

  /** One open flag per conversation: reopening an old one while a newer one is open would make two. */
  private async refuseIfAnotherIsOpen(flag: Flag): Promise<void> {
    const open = await this.stores.flags.openFlag(flag.conversationId);
    if (open && open.id !== flag.id) throw new ReviewError('this conversation has a newer open flag: work on that one', 409);
  }

  private async logOnFlag(conversationId: string, by: StaffAccount, action: FlagEvent['action'], options: { assignIfNone?: boolean } = {}) {
    const [latest] = await this.stores.flags.flagsOf(conversationId);
    if (!latest) return;
    const assign = options.assignIfNone && !latest.assignee;
    const status: FlagStatus = latest.status === 'new' ? 'in_review' : latest.status;
    await this.save({ ...latest, ...(assign ? { assignee: by.email } : {}), status: options.assignIfNone ? status : latest.status }, by, action);
  }

  private async save(flag: Flag, by: StaffAccount, action: FlagEvent['action'], detail?: string): Promise<Flag> {
    const at = this.now().toISOString();
    const updated: Flag = { ...flag, updatedAt: at, events: [...(flag.events ?? []), { at, by: by.email, action, ...(detail ? { detail } : {}) }] };
    await this.stores.flags.saveFlag(updated);
    return updated;
  }
}

function identity(account: StaffAccount): StaffIdentity {
  return { email: account.email, name: account.name };
}
