'use strict';
/**
 * A compatibility layer in front of telegram-test-api 4.2.1, for bots written with
 * python-telegram-bot 22.
 *
 * The emulator stays the Bot API server: its own routes store and serve every message, command,
 * callback and edit. This layer is an express app mounted in front of the emulator's app that
 * fixes only the gaps measured against python-telegram-bot, each of which breaks a real bot:
 *
 *   getMe                    lacks `is_bot`: the Application cannot start.
 *   sendMessage              returns `date` in milliseconds (python-telegram-bot raises "year is
 *                            out of range" after the first send, while the emulator has already
 *                            stored the reply) and always a private chat.
 *   editMessageText,         return null (the handler fails with AttributeError); and an edit
 *   editMessageReplyMarkup   without `reply_markup` kept the old inline keyboard.
 *   callback updates         lack `chat_instance`: the update fails to parse.
 *   getUpdates               ignores `timeout` and `offset` (no long polling: an idle bot spins
 *                            the CPU) and marks updates read on delivery, so an update whose
 *                            handling crashed is lost.
 *   missing methods          setMyCommands, getMyCommands, deleteMyCommands, sendChatAction,
 *                            answerInlineQuery; no way for a client to send an inline query.
 *   webhooks                 delivered without the secret token header and with the same update
 *                            bugs; here they go through the same queue as getUpdates.
 *
 * Files (files.js): a user's upload (POST /compat/uploadFile), getFile and downloads at
 * /file/bot<token>/<path>, and sendDocument with python-telegram-bot's multipart upload.
 *
 * Commands are kept per scope (BotCommandScope, language_code), as Telegram keeps them;
 * /compat/state shows the default scope's as `commands` and every scope's as `scoped_commands`.
 *
 * Test-only routes, for the driver of the tests:
 *   POST /sendInlineQuery        {token, from, query}         -> {inline_query_id, update_id}
 *   POST /getInlineQueryAnswer   {token, inline_query_id}     -> the bot's answer or null
 *   GET  /compat/state?token=    what the bot did that the emulator does not record
 *   POST /compat/disable         {fix} / POST /compat/enable {fix}: switch one fix off and on, so a
 *                                test can show that the harness notices the breakage it hides.
 *
 * Test-only routes for the hardening tests (hostile input, faults, load):
 *   POST /compat/sendUpdate      {token, update}   deliver any update as Telegram writes it (edited
 *                                messages, channel posts, messages from bots); update_id is set here.
 *                                It is delivered whatever the bot's allowed_updates say.
 *   POST /compat/sendUpdates     {token, updates}  the same for a list, in order, in one request: a
 *                                flood that is all there at once (the emulator takes ~5 ms a message).
 *   POST /compat/throttle        {token, method, count, retry_after}: Telegram's flood control — the
 *                                next `count` calls of `method` get 429 with parameters.retry_after.
 *                                Every later call of a throttled method is recorded too, so a test
 *                                can see when the bot came back (state.throttled: {method, at, status}).
 *   POST /compat/outage          {seconds}: the listener closes, every open connection is dropped, and
 *                                it listens again on the same port after `seconds` (server.js does it;
 *                                what the emulator stored survives, as Telegram's does).
 *   POST /compat/waitBotMessages {token, chatId, timeout}: the bot's unread messages in a chat, marked
 *                                read, waiting up to `timeout` s for the first (many users, no polling).
 *
 * One more measured gap, as a fix that can be switched off like the others:
 *   limits                       the emulator takes any text; Telegram refuses an empty message and one
 *                                over 4096 characters once its HTML is parsed.
 */

const { EventEmitter } = require('events');
const express = require('express');
const { fileRoutes } = require('./files');

const MAX_POLL_SECONDS = 50;
const MAX_OUTAGE_SECONDS = 60;
const MAX_TEXT_LENGTH = 4096;
const MAX_JSON_BODY = '5mb';
const WEBHOOK_TIMEOUT_MS = 5000;
const WEBHOOK_RETRY_MS = 200;
const WEBHOOK_MAX_FAILURES = 50;
/** Parameters python-telegram-bot sends JSON-encoded inside a form-encoded body. */
const JSON_PARAMS = [
  'allowed_updates', 'button', 'caption_entities', 'commands', 'entities', 'link_preview_options',
  'reply_markup', 'reply_parameters', 'results', 'scope',
];
const FIXES = [
  'getMe', 'sendMessage', 'editMessage', 'callbackChatInstance', 'getUpdates', 'methods',
  'inlineQueries', 'webhooks', 'limits',
];

const seconds = (millis) => Math.floor(millis / 1000);
const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

function decodeJsonParams(params) {
  for (const name of JSON_PARAMS) {
    if (typeof params[name] === 'string') {
      try {
        params[name] = JSON.parse(params[name]);
      } catch (error) {
        // Not JSON after all: leave it for the emulator to judge, as Telegram would.
      }
    }
  }
  return params;
}

/**
 * The text a person would see: tags dropped and entities decoded when the mode is HTML. Its length
 * in UTF-16 code units (a JavaScript string's length) is what Telegram's limit counts.
 */
function visibleText(text, parseMode) {
  if (String(parseMode || '').toUpperCase() !== 'HTML') return text;
  const named = { lt: '<', gt: '>', amp: '&', quot: '"' };
  return text.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot);/gi, (_m, ref) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()];
    const code = ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '?';
  });
}

function badRequest(res, description) {
  res.status(400).json({ ok: false, error_code: 400, description: `Bad Request: ${description}` });
}

/**
 * Let the emulator's own route answer, then correct its result with `fix(body, req, res)`.
 */
function patchResponse(fix) {
  return (req, res, next) => {
    const send = res.json.bind(res);
    res.json = (body) => send(body && body.ok === true ? fix(body, req, res) : body);
    next();
  };
}

/**
 * `control.outage(seconds)`, when given, closes the listener for a while (server.js owns it).
 */
function compatApp(emulator, control = {}) {
  const app = express();
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const disabled = new Set();
  const active = (fix) => !disabled.has(fix);
  const chats = new Map(); // chat id -> the chat object users sent from
  const offsets = new Map(); // token -> first update id not yet confirmed
  const ownUpdates = []; // updates the emulator cannot make: {token, update}
  const inlineAnswers = new Map(); // inline query id -> answerInlineQuery parameters
  const webhooks = new Map(); // token -> {url, secretToken, busy}
  const throttles = new Map(); // `${token}/${method}` -> {remaining, retryAfter}
  const record = {
    commands: new Map(), chatActions: [], callbackAnswers: [], waitingPolls: new Map(),
    throttled: [],
  };

  // The emulator announces each user update after storing it.
  for (const name of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) {
    emulator.on(name, () => events.emit('update'));
  }
  events.on('update', () => { for (const token of webhooks.keys()) deliver(token); });
  emulator.on('AddedBotMessage', () => events.emit('botMessage'));

  const chatOf = (chatId, fallback) => chats.get(String(chatId)) || fallback;

  function formatUpdate(stored) {
    const update = emulator.constructor.formatUpdate(stored);
    const query = update.callback_query;
    if (query && query.chat_instance === undefined && active('callbackChatInstance')) {
      const chat = query.message && query.message.chat;
      query.chat_instance = String(chat ? chat.id : query.from.id);
    }
    return update;
  }

  function pendingUpdates(token) {
    const first = offsets.get(token) || 0;
    const fromEmulator = emulator.storage.userMessages
      .filter((stored) => stored.botToken === token && stored.updateId >= first)
      .map(formatUpdate);
    const own = ownUpdates
      .filter((item) => item.token === token && item.update.update_id >= first)
      .map((item) => item.update);
    return [...fromEmulator, ...own].sort((a, b) => a.update_id - b.update_id);
  }

  /** Telegram forgets the updates below a confirmed offset; a negative offset counts back. */
  function confirm(token, offset) {
    if (!Number.isFinite(offset) || offset === 0) return;
    if (offset < 0) {
      const pending = pendingUpdates(token);
      const keep = pending.slice(offset);
      offsets.set(token, keep.length ? keep[0].update_id : emulator.updateId);
      return;
    }
    offsets.set(token, Math.max(offsets.get(token) || 0, offset));
  }

  function storedBotMessage(params) {
    return emulator.storage.botMessages.find((stored) => (
      String(stored.messageId) === String(params.message_id)
      && String(stored.message.chat_id) === String(params.chat_id)));
  }

  /** Commands by scope: 'type:chat_id:user_id:language_code' ('default:::' for everyone). */
  function scopeKey(params) {
    const scope = params.scope || {};
    return [scope.type || 'default', scope.chat_id, scope.user_id, params.language_code]
      .map((part) => (part === undefined || part === null ? '' : String(part))).join(':');
  }
  const DEFAULT_SCOPE = 'default:::';
  function commandsOf(token) {
    if (!record.commands.has(token)) record.commands.set(token, new Map());
    return record.commands.get(token);
  }

  function asMessage(stored) {
    return {
      ...stored.message,
      message_id: stored.messageId,
      date: seconds(stored.time),
      chat: chatOf(stored.message.chat_id, { id: Number(stored.message.chat_id), type: 'private' }),
    };
  }

  async function postUpdate(hook, update) {
    try {
      const headers = { 'Content-Type': 'application/json' };
      if (hook.secretToken) headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secretToken;
      const response = await fetch(hook.url, {
        method: 'POST', headers, body: JSON.stringify(update),
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      return response.ok;
    } catch (error) {
      return false;
    }
  }

  /** Push pending updates to a webhook one at a time, in order, like Telegram. */
  async function deliver(token) {
    const hook = webhooks.get(token);
    if (!hook || hook.busy) return;
    hook.busy = true;
    let failures = 0;
    try {
      while (webhooks.get(token) === hook && failures < WEBHOOK_MAX_FAILURES) {
        const [update] = pendingUpdates(token);
        if (!update) return;
        if (await postUpdate(hook, update)) {
          confirm(token, update.update_id + 1);
          failures = 0;
        } else {
          failures += 1;
          await sleep(WEBHOOK_RETRY_MS);
        }
      }
    } finally {
      hook.busy = false;
    }
  }

  // express's default of 100 kB is too small for a flood sent as one list (/compat/sendUpdates).
  app.use(express.json({ limit: MAX_JSON_BODY }));
  app.use(express.urlencoded({ extended: true }));
  app.use('/bot:token/:method', (req, _res, next) => {
    decodeJsonParams(req.body);
    next();
  });

  // Flood control, before any route answers: the next calls of a throttled method get 429.
  app.use('/bot:token/:method', (req, res, next) => {
    const { token, method } = req.params;
    const rule = throttles.get(`${token}/${method}`);
    if (!rule) {
      next();
      return;
    }
    const refused = rule.remaining > 0;
    record.throttled.push({ token, method, at: Date.now(), status: refused ? 429 : 200 });
    if (!refused) {
      next();
      return;
    }
    rule.remaining -= 1;
    res.status(429).json({
      ok: false,
      error_code: 429,
      description: `Too Many Requests: retry after ${rule.retryAfter}`,
      parameters: { retry_after: rule.retryAfter },
    });
  });

  // Telegram's limits on what a message may say.
  app.all(['/bot:token/sendMessage', '/bot:token/editMessageText'], (req, res, next) => {
    if (!active('limits')) {
      next();
      return;
    }
    const text = visibleText(String(req.body.text || ''), req.body.parse_mode);
    if (!text.trim()) {
      badRequest(res, 'message text is empty');
      return;
    }
    if (text.length > MAX_TEXT_LENGTH) {
      badRequest(res, 'message is too long');
      return;
    }
    next();
  });

  // --- what the test driver sends as users --------------------------------------------------
  // Remember each chat users write from, so replies can name the chat as it is (group, private).
  app.post(['/sendMessage', '/sendCommand', '/sendCallback'], (req, _res, next) => {
    const chat = req.body.chat || (req.body.message && req.body.message.chat);
    if (chat && chat.id !== undefined) chats.set(String(chat.id), chat);
    next();
  });

  app.post('/sendInlineQuery', (req, res) => {
    const { token, from, query } = req.body;
    if (!token || !from) {
      badRequest(res, 'token and from are required');
      return;
    }
    const update = {
      update_id: emulator.updateId,
      inline_query: {
        id: `${emulator.updateId}${Date.now()}`,
        from,
        query: query || '',
        offset: req.body.offset || '',
        chat_type: req.body.chat_type || 'sender',
      },
    };
    emulator.updateId += 1;
    ownUpdates.push({ token, update });
    events.emit('update');
    res.json({
      ok: true,
      result: { inline_query_id: update.inline_query.id, update_id: update.update_id },
    });
  });

  app.post('/getInlineQueryAnswer', (req, res) => {
    res.json({ ok: true, result: inlineAnswers.get(String(req.body.inline_query_id)) || null });
  });

  /** Queue an update the test wrote, as Telegram would deliver it; its update_id. */
  function enqueue(token, update) {
    const full = { ...update, update_id: emulator.updateId };
    emulator.updateId += 1;
    for (const kind of ['message', 'edited_message', 'channel_post', 'edited_channel_post']) {
      const chat = full[kind] && full[kind].chat;
      if (chat && chat.id !== undefined) chats.set(String(chat.id), chat);
    }
    ownUpdates.push({ token, update: full });
    return full.update_id;
  }

  app.post('/compat/sendUpdate', (req, res) => {
    const { token, update } = req.body;
    if (!token || !update || typeof update !== 'object') {
      badRequest(res, 'token and update are required');
      return;
    }
    const updateId = enqueue(token, update);
    events.emit('update');
    res.json({ ok: true, result: { update_id: updateId } });
  });

  app.post('/compat/sendUpdates', (req, res) => {
    const { token, updates } = req.body;
    if (!token || !Array.isArray(updates) || !updates.every((u) => u && typeof u === 'object')) {
      badRequest(res, 'token and a list of updates are required');
      return;
    }
    const updateIds = updates.map((update) => enqueue(token, update));
    events.emit('update');
    res.json({ ok: true, result: { update_ids: updateIds } });
  });

  app.post('/compat/throttle', (req, res) => {
    const { token, method } = req.body;
    const count = Number(req.body.count);
    const retryAfter = Number(req.body.retry_after);
    if (!token || !method || !(count >= 0) || !(retryAfter >= 1)) {
      badRequest(res, 'token, method, count >= 0 and retry_after >= 1 are required');
      return;
    }
    throttles.set(`${token}/${method}`, { remaining: count, retryAfter });
    res.json({ ok: true, result: true });
  });

  app.post('/compat/outage', (req, res) => {
    const seconds = Number(req.body.seconds);
    if (!control.outage) {
      badRequest(res, 'this server cannot close its listener');
      return;
    }
    if (!(seconds > 0 && seconds <= MAX_OUTAGE_SECONDS)) {
      badRequest(res, `seconds must be in (0, ${MAX_OUTAGE_SECONDS}]`);
      return;
    }
    // Answered first: the caller learns the outage is coming, then every connection drops.
    res.on('finish', () => control.outage(seconds));
    res.json({ ok: true, result: { seconds } });
  });

  app.post('/compat/waitBotMessages', (req, res) => {
    const { token, chatId } = req.body;
    const timeout = Math.min(Math.max(Number(req.body.timeout) || 0, 0), MAX_POLL_SECONDS);
    const unread = () => emulator.storage.botMessages.filter((stored) => (
      stored.botToken === token && String(stored.message.chat_id) === String(chatId)
      && !stored.isRead));
    let timer = null;
    let finished = false;
    const finish = (respond) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      events.off('botMessage', onMessage);
      if (!respond) return;
      const messages = unread();
      for (const stored of messages) stored.isRead = true;
      res.json({ ok: true, result: messages });
    };
    const onMessage = () => { if (unread().length) finish(true); };
    if (unread().length || timeout === 0) {
      finish(true);
      return;
    }
    events.on('botMessage', onMessage);
    timer = setTimeout(() => finish(true), timeout * 1000);
    res.on('close', () => finish(false));
  });

  app.get('/compat/state', (req, res) => {
    const { token } = req.query;
    res.json({
      ok: true,
      result: {
        waiting_polls: record.waitingPolls.get(token) || 0,
        webhook: webhooks.has(token) ? webhooks.get(token).url : null,
        commands: commandsOf(token).get(DEFAULT_SCOPE) || null,
        scoped_commands: Object.fromEntries(commandsOf(token)),
        chat_actions: record.chatActions.filter((item) => item.token === token),
        callback_answers: record.callbackAnswers.filter((item) => item.token === token),
        throttled: record.throttled.filter((item) => item.token === token),
        disabled: [...disabled],
      },
    });
  });

  app.post(['/compat/disable', '/compat/enable'], (req, res) => {
    const { fix } = req.body;
    if (!FIXES.includes(fix)) {
      badRequest(res, `unknown fix ${fix}; known: ${FIXES.join(', ')}`);
      return;
    }
    if (req.path.endsWith('disable')) disabled.add(fix); else disabled.delete(fix);
    res.json({ ok: true, result: [...disabled] });
  });

  // --- Bot API methods the emulator lacks or gets wrong -----------------------------------
  app.all('/bot:token/getUpdates', (req, res, next) => {
    if (!active('getUpdates')) {
      next();
      return;
    }
    const { token } = req.params;
    if (webhooks.has(token)) {
      res.status(409).json({
        ok: false,
        error_code: 409,
        description: "Conflict: can't use getUpdates method while webhook is active",
      });
      return;
    }
    const params = { ...req.query, ...req.body };
    confirm(token, Number(params.offset || 0));
    const limit = Math.min(Math.max(Number(params.limit) || 100, 1), 100);
    const timeout = Math.min(Math.max(Number(params.timeout) || 0, 0), MAX_POLL_SECONDS);
    let timer = null;
    let finished = false;
    const finish = (respond) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      events.off('update', onUpdate);
      record.waitingPolls.set(token, (record.waitingPolls.get(token) || 1) - 1);
      if (respond) res.json({ ok: true, result: pendingUpdates(token).slice(0, limit) });
    };
    const onUpdate = () => { if (pendingUpdates(token).length) finish(true); };
    record.waitingPolls.set(token, (record.waitingPolls.get(token) || 0) + 1);
    if (pendingUpdates(token).length || timeout === 0) {
      finish(true);
      return;
    }
    events.on('update', onUpdate);
    timer = setTimeout(() => finish(true), timeout * 1000);
    // The bot gave up on this request (it is stopping): nothing was delivered, nothing is lost.
    res.on('close', () => finish(false));
  });

  app.all('/bot:token/setWebhook', (req, res, next) => {
    if (!active('webhooks')) {
      next();
      return;
    }
    const { token } = req.params;
    if (!req.body.url) {
      badRequest(res, 'bad webhook: an HTTPS URL must be provided for webhook');
      return;
    }
    webhooks.set(token, { url: req.body.url, secretToken: req.body.secret_token, busy: false });
    res.json({ ok: true, result: true, description: 'Webhook was set' });
    deliver(token);
  });

  app.all('/bot:token/deleteWebhook', (req, _res, next) => {
    webhooks.delete(req.params.token);
    next(); // the emulator's own route answers
  });

  app.all('/bot:token/setMyCommands', (req, res, next) => {
    if (!active('methods')) {
      next();
      return;
    }
    commandsOf(req.params.token).set(scopeKey(req.body), req.body.commands || []);
    res.json({ ok: true, result: true });
  });

  app.all('/bot:token/getMyCommands', (req, res, next) => {
    if (!active('methods')) {
      next();
      return;
    }
    const params = { ...req.query, ...req.body };
    res.json({ ok: true, result: commandsOf(req.params.token).get(scopeKey(params)) || [] });
  });

  app.all('/bot:token/deleteMyCommands', (req, res, next) => {
    if (!active('methods')) {
      next();
      return;
    }
    commandsOf(req.params.token).delete(scopeKey(req.body));
    res.json({ ok: true, result: true });
  });

  app.all('/bot:token/sendChatAction', (req, res, next) => {
    if (!active('methods')) {
      next();
      return;
    }
    record.chatActions.push({ token: req.params.token, ...req.body });
    res.json({ ok: true, result: true });
  });

  app.all('/bot:token/answerInlineQuery', (req, res, next) => {
    if (!active('inlineQueries')) {
      next();
      return;
    }
    inlineAnswers.set(String(req.body.inline_query_id), req.body);
    res.json({ ok: true, result: true });
  });

  app.all('/bot:token/answerCallbackQuery', (req, _res, next) => {
    record.callbackAnswers.push({ token: req.params.token, ...req.body });
    next(); // the emulator's own route answers
  });

  app.all('/bot:token/getMe', patchResponse((body) => {
    if (!active('getMe')) return body;
    return {
      ...body,
      result: {
        is_bot: true,
        can_join_groups: true,
        can_read_all_group_messages: false,
        supports_inline_queries: true,
        ...body.result,
      },
    };
  }));

  app.all('/bot:token/sendMessage', patchResponse((body) => {
    if (!active('sendMessage')) return body;
    const message = body.result;
    return {
      ...body,
      result: { ...message, date: seconds(message.date), chat: chatOf(message.chat.id, message.chat) },
    };
  }));

  const fixEdit = (body, req, res) => {
    if (!active('editMessage')) return body;
    if (req.body.inline_message_id) return { ...body, result: true };
    const stored = storedBotMessage(req.body);
    if (!stored) {
      res.status(400);
      return { ok: false, error_code: 400, description: 'Bad Request: message to edit not found' };
    }
    // Telegram drops an inline keyboard that the edit does not repeat.
    if (req.body.reply_markup === undefined) delete stored.message.reply_markup;
    return { ...body, result: { ...asMessage(stored), edit_date: seconds(Date.now()) } };
  };
  app.all('/bot:token/editMessageText', patchResponse(fixEdit));
  app.all('/bot:token/editMessageReplyMarkup', patchResponse(fixEdit));

  fileRoutes(app, emulator, asMessage);

  app.use(emulator.webServer);
  return app;
}

module.exports = { compatApp, FIXES };
