"""Admin commands: changing the knowledge base from Telegram — reviewed, audited, undoable.

Admins are the Telegram user ids in BOT_ADMIN_IDS. Every admin command checks its sender here,
on the server, on every call: the command menu only admins see (command scopes, see
`register_admin_menus`) is a convenience, and anyone can type a command. Anyone else gets a
polite refusal, the attempt is logged, and nothing is read or changed. Admin commands answer in
private chats only, so fact lists, the history and the export never land in a group.

Each change is one call of a knowledge.store function (one SQLite transaction with its audit
row, recorded as "telegram:<user id>"), run by KnowledgeSync in a worker thread; the new
snapshot is swapped into BotState before the admin is answered, so the next question uses it.
`python -m knowledge` calls the same functions, so both write the same audit rows.

Admin commands are handled in update order like every other update. The event loop does not wait
for SQLite meanwhile (the work runs in a worker thread), and the work is short: adding a 1 MB
article takes about half a second, a correction or an undo milliseconds, reading the new
snapshot 0.1-0.3 s.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlite_utils import Database
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    Chat,
    Document,
    Message,
    MessageEntity,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    BaseHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.render import split_messages
from bot.telegram import admin_links, admin_texts
from bot.telegram.addressing import command_argument
from bot.telegram.kb_sync import KnowledgeSync, sync_of
from bot.telegram.replies import reply_parts
from bot.telegram.state import STATE_KEY, BotState, state_of
from knowledge import admin_input, intake, links, store, teach
from knowledge.errors import InvalidInput, KnowledgeError, NotFound
from knowledge.intake import ArticleInput
from knowledge.unanswered import most_frequent

logger = logging.getLogger(__name__)

ACTOR_PREFIX = "telegram:"
"""Audit rows name a Telegram admin by user id only: 'telegram:12345'."""
TEXT_ID_PREFIX = "tg_"
TEXT_ID_HASH_CHARS = 16
"""An article pasted as text is stored as 'tg_' + the first 16 hex digits of its SHA-256 (the
bundled articles are named the same way), unless the admin names it with id=…."""
FACT_LIST_LIMIT = 30
"""Facts shown by one /fakta: about four messages; narrower lists come from a keyword."""
HISTORY_DEFAULT, HISTORY_MAX = 10, 50
UNANSWERED_DEFAULT, UNANSWERED_MAX = 15, 50
MENUS_KEY = "admin_menus_pending"
"""bot_data: admins whose command menu could not be set yet (Telegram knows no chat with them)."""

_ID_OPTION = re.compile(r"id=(?P<id>\S+)\s*")
_ARTICLE_CAPTION = re.compile(r"^/artikel(?:@\w+)?(?:\s|$)", re.IGNORECASE)
_ARTICLE_LINK = re.compile(r"^/artikel(?:@\w+)?\s+(?:id=\S+\s+)?https?://\S+\s*$", re.I)
_BARE_LINK = re.compile(r"^\s*https?://\S+\s*$", re.IGNORECASE)
_BUSY = re.compile(r"locked|busy", re.IGNORECASE)
"""sqlite3's words for another connection holding the lock ("database is locked")."""
_EDIT = re.compile(r"#?(?P<id>\d+)\s+(?P<field>[^\s=]+)\s*=(?P<value>.*)", re.DOTALL)
_QUOTED = re.compile(r"[“\"](?P<quote>[^”\"]+)[”\"]")
"""The quote of /tambahfakta, in straight or curly double quotes."""
_ASSIGNMENT = re.compile(r"\s*(?P<name>[^=:]+?)\s*[=:]\s*(?P<value>.*)$", re.DOTALL)


class UsageError(Exception):
    """The command was typed wrong; the message (Telegram HTML) says how to type it."""


@dataclass(frozen=True)
class AdminRequest:
    """One admin command from a checked admin, with what its action needs."""

    message: Message
    context: ContextTypes.DEFAULT_TYPE
    state: BotState
    sync: KnowledgeSync
    actor: str
    argument: str
    """The text after the command, in a message or a document's caption."""

    async def reply(self, parts: list[str]) -> None:
        """Answer the admin (HTML parts, each under Telegram's limit)."""
        await reply_parts(self.message, parts)


AdminAction = Callable[[AdminRequest], Awaitable[None]]
HandlerCallback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]


def actor_of(user_id: int) -> str:
    """Who a change is recorded as in the audit log."""
    return f"{ACTOR_PREFIX}{user_id}"


def argument_of(message: Message) -> str:
    """The text after a leading command, in a text message or a document's caption."""
    if message.text is not None:
        return command_argument(message)
    caption = message.caption or ""
    for entity, command in message.parse_caption_entities([MessageEntity.BOT_COMMAND]).items():
        if entity.offset == 0:
            return caption[len(command) :].strip()
    match = _ARTICLE_CAPTION.match(caption)
    return caption[match.end() :].strip() if match else caption.strip()


def admin_command(name: str, action: AdminAction, *, changing: bool) -> HandlerCallback:
    """The handler for /`name`: check the sender, run `action`, report refusals in Indonesian.

    `changing` commands add "nothing was changed" to a refusal, which is true of every
    KnowledgeError: the store raises them before it commits.
    """

    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None:
            return
        user = update.effective_user
        user_id = user.id if user else None
        state = state_of(context)
        if user_id is None or not state.is_admin(user_id):
            logger.warning(
                "Refused /%s from user %s, who is not an admin (chat %s)",
                name,
                user_id,
                message.chat_id,
            )
            await reply_parts(message, [admin_texts.REFUSED])
            return
        if message.chat.type != Chat.PRIVATE:
            await reply_parts(message, [admin_texts.PRIVATE_ONLY])
            return
        request = AdminRequest(
            message=message,
            context=context,
            state=state,
            sync=sync_of(context),
            actor=actor_of(user_id),
            argument=argument_of(message),
        )
        try:
            await action(request)
        except UsageError as usage:
            await request.reply(split_messages([str(usage)]))
        except KnowledgeError as error:
            await request.reply(
                split_messages([admin_texts.refusal(str(error), changing=changing)])
            )
        except sqlite3.OperationalError as error:
            if not _BUSY.search(str(error)):
                raise  # a real fault: the error handler logs it and apologises
            # Another process held the write lock past the busy timeout; nothing was written.
            logger.warning("/%s: the knowledge base was busy: %s", name, error)
            await request.reply([admin_texts.BUSY])

    guarded.__doc__ = action.__doc__
    guarded.__name__ = f"admin_{name}"
    return guarded


# ------------------------------------------------------------------- adding an article


def text_article_id(text: str) -> str:
    """The id of an article pasted as text: 'tg_' and the start of its SHA-256."""
    return TEXT_ID_PREFIX + intake.text_sha256(text)[:TEXT_ID_HASH_CHARS]


def split_id_option(argument: str) -> tuple[str | None, str]:
    """'id=nama teks…' -> ('nama', 'teks…'); without the option, (None, argument)."""
    match = _ID_OPTION.match(argument)
    if match is None:
        return None, argument
    return match["id"], argument[match.end() :]


def _replied_text(reply: Message) -> str:
    """The article text of a replied-to message; an earlier '/artikel …' counts without its
    command, so a failed attempt can be answered with /artikel once it is fixed."""
    text = (reply.text or reply.caption or "").strip()
    if _ARTICLE_CAPTION.match(text):
        return split_id_option(argument_of(reply))[1]
    return text


async def _download(document: Document) -> tuple[bytes, str]:
    """The bytes and name of an uploaded document; one over the size limit is not fetched."""
    name = document.file_name or f"{document.file_unique_id}.txt"
    if document.file_size is not None and document.file_size > intake.MAX_ARTICLE_BYTES:
        raise InvalidInput(admin_texts.too_big(name, document.file_size))
    file = await document.get_file()
    return bytes(await file.download_as_bytearray()), name


def _ingest(
    db: Database, make_input: Callable[[], ArticleInput], actor: str
) -> tuple[store.IngestReport, list[store.ArticleDetail]]:
    """Check and add one article (worker thread); its detail for the admin's review."""
    report = store.ingest(db, [make_input()], actor=actor)
    details = []
    for added in report.articles:
        try:
            details.append(store.get_article(db, added.id))
        except NotFound:  # removed by another process in the instant since the commit
            continue
    return report, details


async def add_article(request: AdminRequest) -> None:
    """Add an article (/artikel): text after the command, a replied-to message, or a document."""
    chosen_id, body = split_id_option(request.argument)
    if links.is_link(body):
        await add_from_link(request, body.strip(), chosen_id)
        return
    message, reply = request.message, request.message.reply_to_message
    # A document's caption holds at most the command and id=…; the article is the file.
    document = message.document
    text: str | None = None
    if document is None and body:
        text = body
    elif document is None and reply is not None:
        document = reply.document
        if document is None:
            text = _replied_text(reply)
            if not text.strip():
                raise UsageError(admin_texts.REPLY_WITHOUT_ARTICLE)
    elif document is None:
        raise UsageError(admin_texts.ARTICLE_USAGE)

    # The turn is taken before the download, so a /batal sent right after cannot overtake it.
    async with request.sync.turn() as turn:
        if document is not None:
            data, name = await _download(document)
            make = functools.partial(intake.from_bytes, data, name, chosen_id)
        else:
            assert text is not None
            make = functools.partial(
                intake.from_text, text, chosen_id or text_article_id(text), "pesan"
            )
        report, details = await turn.change(_ingest, make, request.actor)
    logger.info(
        "%s added article %s (%d facts, audit #%d)",
        request.actor,
        ", ".join(a.id for a in report.articles),
        report.facts,
        report.audit_id,
    )
    unread = {a.id: a.unread_sentences for a in report.articles if a.unread_sentences}
    await request.reply(admin_texts.ingest_html(details, request.state.kb, report.audit_id, unread))


async def add_from_link(
    request: AdminRequest, url: str, chosen_id: str | None = None, *, announce: bool = True
) -> None:
    """Fetch the article at `url`, add it, and show the admin what was taken from it."""
    await request.sync.run(links.refuse_known, url)  # before fetching it again
    if announce:
        await request.reply([admin_texts.fetching(url)])
    settings = admin_links.fetch_settings_of(request.context)
    item = await links.article_from_link(url, settings, article_id=chosen_id)
    async with request.sync.turn() as turn:
        if chosen_id is None:
            item = await turn.run(links.with_free_id, item)
        report, details = await turn.change(_ingest, lambda: item, request.actor)
    logger.info(
        "%s added article %s from a link (%d facts, audit #%d)",
        request.actor,
        ", ".join(a.id for a in report.articles),
        report.facts,
        report.audit_id,
    )
    await request.reply(admin_texts.ingest_html(details, request.state.kb, report.audit_id))


async def add_offered_link(request: AdminRequest) -> None:
    """Add the article whose link the bot offered with a button ("Tambahkan")."""
    url = admin_links.offered_link(request.context, request.message)
    if url is None:
        await request.reply([admin_texts.LINK_EXPIRED])
        return
    await add_from_link(request, url, announce=False)  # the question says it already


# --------------------------------------------------------------------- facts and changes


async def list_facts(request: AdminRequest) -> None:
    """List facts with their ids (/fakta [kata kunci | ID artikel])."""
    query = request.argument
    if query and query in request.state.kb.articles:
        facts = await request.sync.run(store.list_facts, article_id=query)
    else:
        facts = await request.sync.run(store.list_facts, keyword=query or None)
    added = await request.sync.run(teach.added_fact_ids)
    await request.reply(
        admin_texts.facts_html(facts, request.state.kb, query, FACT_LIST_LIMIT, added=added)
    )


def parse_fact_id(argument: str, command: str) -> int:
    """The fact id after /hapusfakta ('1203' or '#1203'), or a UsageError."""
    word = argument.strip().removeprefix("#")
    if not word.isdigit():
        raise UsageError(
            admin_texts.id_usage(command, "fakta (angka)", admin_texts.EXAMPLE_FACT_ID)
        )
    return int(word)


def parse_edit(argument: str) -> tuple[int, str, str]:
    """'1203 angka=87' -> (1203, 'number', '87'), or a UsageError that lists the fields."""
    match = _EDIT.fullmatch(argument.strip())
    if match is None:
        first = argument.split(maxsplit=1)[0] if argument.strip() else ""
        if first and not first.removeprefix("#").isdigit():
            raise UsageError(admin_texts.edit_usage(f"ID fakta harus angka, bukan {first!r}."))
        raise UsageError(admin_texts.edit_usage())
    field = admin_texts.FIELD_ALIASES.get(match["field"].lower())
    if field is None:
        raise UsageError(admin_texts.edit_usage(f"Kolom {match['field']!r} tidak bisa diubah."))
    return int(match["id"]), field, match["value"].strip()


async def edit_fact(request: AdminRequest) -> None:
    """Correct one field of one fact (/ubahfakta ID kolom=nilai)."""
    fact_id, field, value = parse_edit(request.argument)
    edit = await request.sync.run(admin_input.read_fact_edit, fact_id, field, value)
    entry = await request.sync.change(store.update_fact, edit, actor=request.actor)
    logger.info("%s corrected fact %d (audit #%d)", request.actor, fact_id, entry.id)
    kb = request.state.kb
    now = [admin_texts.fact_html(f, kb) for f in kb.facts if f.id == fact_id]
    await request.reply(split_messages([admin_texts.change_html("Diubah", entry), *now]))


def parse_new_fact(argument: str) -> tuple[str, str, str, dict[str, str]]:
    """'ID jenis “kutipan” angka=86; tempat=Kota Bogor' (or one field a line, the quote on a
    line 'kutipan: …') -> (article id, kind, quote, {field: value}), or a UsageError."""
    words = argument.strip().split(maxsplit=2)
    if len(words) < 2:
        raise UsageError(admin_texts.add_fact_usage())
    article_id, kind_word = words[0], words[1]
    kind = admin_texts.KIND_ALIASES.get(kind_word.lower())
    if kind is None:
        raise UsageError(admin_texts.add_fact_usage(f"Jenis fakta {kind_word!r} tidak dikenal."))
    rest = words[2] if len(words) > 2 else ""
    quote = None
    if match := _QUOTED.search(rest):
        quote, rest = match["quote"], rest[: match.start()] + "\n" + rest[match.end() :]
    fields: dict[str, str] = {}
    for part in re.split(r"[;\n]", rest):
        if not part.strip():
            continue
        assignment = _ASSIGNMENT.match(part)
        if assignment is None:
            raise UsageError(
                admin_texts.add_fact_usage(f"Tulis kolom=nilai, bukan {part.strip()!r}.")
            )
        name, value = assignment["name"], assignment["value"]
        if name.lower() == "kutipan":
            quote = value
            continue
        field = admin_texts.FIELD_ALIASES.get(name.lower())
        if field is None:
            raise UsageError(admin_texts.add_fact_usage(f"Kolom {name!r} tidak dikenal."))
        fields[field] = value.strip()
    if not quote or not quote.strip():
        raise UsageError(admin_texts.add_fact_usage("Kutipan kalimat dari artikel belum ada."))
    return article_id, kind, quote.strip(), fields


async def add_fact(request: AdminRequest) -> None:
    """Add a fact the extraction missed, from a sentence of its article (/tambahfakta)."""
    article_id, kind, quote, fields = parse_new_fact(request.argument)
    changes = admin_input.parse_fact_fields(kind, fields)
    entry = await request.sync.change(
        teach.add_fact, article_id, kind, quote, changes, actor=request.actor
    )
    fact_id = int(entry.target.removeprefix("fact:"))
    logger.info("%s added fact %d (audit #%d)", request.actor, fact_id, entry.id)
    kb = request.state.kb
    now = [admin_texts.fact_html(f, kb, added=True) for f in kb.facts if f.id == fact_id]
    await request.reply(split_messages([admin_texts.change_html("Ditambahkan", entry), *now]))


async def remove_fact(request: AdminRequest) -> None:
    """Remove one fact (/hapusfakta ID)."""
    fact_id = parse_fact_id(request.argument, "hapusfakta")
    entry = await request.sync.change(store.remove_fact, fact_id, actor=request.actor)
    logger.info("%s removed fact %d (audit #%d)", request.actor, fact_id, entry.id)
    await request.reply([admin_texts.change_html("Dihapus", entry)])


async def remove_article(request: AdminRequest) -> None:
    """Remove an article with its facts (/hapusartikel ID)."""
    article_id = request.argument.strip()
    if not article_id:
        raise UsageError(
            admin_texts.id_usage("hapusartikel", "artikel", admin_texts.EXAMPLE_ARTICLE_ID)
        )
    entry = await request.sync.change(store.remove_article, article_id, actor=request.actor)
    logger.info("%s removed article %s (audit #%d)", request.actor, article_id, entry.id)
    await request.reply([admin_texts.change_html("Dihapus", entry)])


async def undo(request: AdminRequest) -> None:
    """Undo the most recent change, whoever made it, even before a restart (/batal)."""
    entry = await request.sync.change(store.undo_last, actor=request.actor)
    logger.info("%s undid a change (audit #%d: %s)", request.actor, entry.id, entry.target)
    await request.reply([admin_texts.undo_html(entry)])


# ------------------------------------------------------------------------------ reading


def _count(argument: str, default: int, most: int) -> int:
    """An optional count after the command ('/riwayat 20'), within 1…most."""
    word = argument.strip()
    if not word:
        return default
    if not word.isdigit():
        raise UsageError(f"Tulis jumlahnya sebagai angka (1–{most}), misalnya 20.")
    return max(1, min(int(word), most))


async def history(request: AdminRequest) -> None:
    """Show the latest changes: who, when, what, before and after (/riwayat [jumlah])."""
    limit = _count(request.argument, HISTORY_DEFAULT, HISTORY_MAX)
    entries = await request.sync.run(store.audit_log, limit)
    await request.reply(admin_texts.history_html(entries))


async def unanswered(request: AdminRequest) -> None:
    """Show the questions most often left unanswered (/belumterjawab [jumlah])."""
    limit = _count(request.argument, UNANSWERED_DEFAULT, UNANSWERED_MAX)
    questions = await request.sync.run(most_frequent, limit)
    await request.reply(admin_texts.unanswered_html(questions))


def _export_json(db: Database) -> tuple[bytes, int, int]:
    """The export as UTF-8 JSON, with its article and fact counts (worker thread)."""
    data = store.export(db)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.encode("utf-8"), len(data["articles"]), len(data["facts"])


async def export(request: AdminRequest) -> None:
    """Send the whole knowledge base as a JSON document (/ekspor)."""
    data, articles, facts = await request.sync.run(_export_json)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    await request.message.reply_document(
        document=data,
        filename=f"tanya-lokalisasi-{stamp}.json",
        caption=admin_texts.export_caption(articles, facts),
    )


async def admin_help(request: AdminRequest) -> None:
    """List the admin commands (/admin)."""
    await request.reply(admin_texts.admin_help_html())


async def document_hint(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell an admin how to add a document sent without /artikel."""
    if update.effective_message:
        await reply_parts(update.effective_message, [admin_texts.DOCUMENT_HINT])


# --------------------------------------------------------------------------------- wiring

COMMAND_ACTIONS: tuple[tuple[str, AdminAction, bool], ...] = (
    ("artikel", add_article, True),
    ("fakta", list_facts, False),
    ("ubahfakta", edit_fact, True),
    ("tambahfakta", add_fact, True),
    ("hapusfakta", remove_fact, True),
    ("hapusartikel", remove_article, True),
    ("batal", undo, True),
    ("riwayat", history, False),
    ("belumterjawab", unanswered, False),
    ("ekspor", export, False),
    ("admin", admin_help, False),
)
"""(command, action, whether it changes the knowledge base)."""


def admin_handlers(
    admin_ids: frozenset[int], new: filters.BaseFilter = filters.UpdateType.MESSAGE
) -> list[BaseHandler]:  # type: ignore[type-arg]
    """Every admin handler, to go before the private-chat catch-alls (unknown command, not text).

    `new` admits the messages the bot answers at all. The commands match everyone, so that
    non-admins are refused rather than ignored; `admin_ids` only picks who gets the hint for a
    document sent without /artikel.
    """
    # A link takes seconds to fetch: handled beside the queue (block=False), so others are
    # answered meanwhile (see bot/telegram/admin_links.py).
    handlers: list[BaseHandler] = [  # type: ignore[type-arg]
        CommandHandler(
            "artikel",
            admin_command("artikel", add_article, changing=True),
            filters=new & filters.Regex(_ARTICLE_LINK),
            block=False,
        ),
        admin_links.LinkButtonHandler(
            admin_links.link_button, pattern=admin_links.BUTTON_PATTERN, block=False
        ),
        MessageHandler(
            new
            & filters.ChatType.PRIVATE
            & filters.User(user_id=admin_ids)
            & (filters.FORWARDED | filters.Regex(_BARE_LINK))
            & (
                filters.Entity(MessageEntity.URL)
                | filters.Entity(MessageEntity.TEXT_LINK)
                | filters.CaptionEntity(MessageEntity.URL)
                | filters.CaptionEntity(MessageEntity.TEXT_LINK)
            ),
            admin_links.offer_link,
        ),
    ]
    handlers += [
        CommandHandler(name, admin_command(name, action, changing=changing), filters=new)
        for name, action, changing in COMMAND_ACTIONS
    ]
    private_documents = new & filters.ChatType.PRIVATE & filters.Document.ALL
    handlers.append(
        MessageHandler(
            private_documents & filters.CaptionRegex(_ARTICLE_CAPTION),
            admin_command("artikel", add_article, changing=True),
        )
    )
    handlers.append(
        MessageHandler(private_documents & filters.User(user_id=admin_ids), document_hint)
    )
    return handlers


async def _set_admin_menu(bot: Bot, admin_id: int) -> bool:
    """Show the admin commands in `admin_id`'s private chat menu; False if Telegram refused."""
    commands = [BotCommand(command, text) for command, text in admin_texts.ADMIN_MENU]
    try:
        await bot.set_my_commands(commands, scope=BotCommandScopeChat(admin_id))
    except TelegramError as error:
        logger.warning("Could not set the admin command menu for user %s: %s", admin_id, error)
        return False
    return True


async def register_admin_menus(application: Application) -> None:  # type: ignore[type-arg]
    """Give each admin's private chat the admin command menu (BotCommandScopeChat).

    Telegram refuses a chat scope for a user who never wrote to the bot; those admins get the
    menu when they first do (`menu_on_first_message`).
    """
    state = application.bot_data[STATE_KEY]
    assert isinstance(state, BotState)
    pending: set[int] = set()
    for admin_id in sorted(state.admin_ids):
        if not await _set_admin_menu(application.bot, admin_id):
            pending.add(admin_id)
    application.bot_data[MENUS_KEY] = pending


async def menu_on_first_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Retry, once, the admin menu for an admin Telegram did not know at start-up."""
    pending: set[int] = context.bot_data.get(MENUS_KEY, set())
    user = update.effective_user
    if user and user.id in pending:
        # Once only: a server that refuses for another reason must not be asked on every message.
        pending.discard(user.id)
        await _set_admin_menu(context.bot, user.id)
