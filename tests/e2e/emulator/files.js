'use strict';
/**
 * Files for the compatibility layer: telegram-test-api 4.2.1 has no file methods at all.
 *
 *   POST /compat/uploadFile  {content (base64), file_name, mime_type}: a user's upload. Returns the
 *                            Document as a message carries it ({file_id, file_unique_id,
 *                            file_name, mime_type, file_size}); the driver puts it in a message.
 *   getFile                  {file_id} -> {file_id, file_unique_id, file_size, file_path}, or 400
 *                            "invalid file_id" as Telegram answers.
 *   GET /file/bot<token>/<file_path>   the bytes, where Telegram serves downloads (a bot's
 *                            base_file_url is then http://host:port/file/bot).
 *   sendDocument             python-telegram-bot uploads as multipart/form-data (the file in the
 *                            part named "document", the other parameters as text parts, nested
 *                            ones JSON); a file_id as a plain parameter also works. The message
 *                            is stored like any bot message, with `document` and `caption`, and
 *                            the bytes are kept, so the driver downloads what the bot sent through
 *                            getFile and the file route, as a user's client would.
 */

const crypto = require('crypto');
const express = require('express');

const MAX_UPLOAD_BYTES = 50 * 1024 * 1024; // Telegram's limit for bots' uploads
const JSON_FIELDS = ['reply_parameters', 'reply_markup', 'caption_entities'];

/**
 * Split a multipart/form-data body into text fields and files. Enough for what HTTP clients
 * send (one Content-Disposition per part, CRLF line ends); not a general MIME parser.
 */
function parseMultipart(body, contentType) {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType || '');
  if (!match || !Buffer.isBuffer(body)) return null;
  const delimiter = Buffer.from(`--${match[1] || match[2]}`);
  const fields = {};
  const files = {};
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const partStart = at + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === '--') break; // the closing one
    const headersEnd = body.indexOf('\r\n\r\n', partStart);
    if (headersEnd === -1) break;
    const next = body.indexOf(delimiter, headersEnd);
    if (next === -1) break;
    const headers = body.subarray(partStart, headersEnd).toString('utf8');
    const content = body.subarray(headersEnd + 4, next - 2); // the CRLF before the delimiter
    const name = (/\bname="([^"]*)"/i.exec(headers) || [])[1];
    const filename = (/\bfilename="([^"]*)"/i.exec(headers) || [])[1];
    const type = (/content-type:\s*([^\r\n]+)/i.exec(headers) || [])[1];
    if (name !== undefined) {
      if (filename !== undefined) files[name] = { filename, type, data: Buffer.from(content) };
      else fields[name] = content.toString('utf8');
    }
    at = next;
  }
  return { fields, files };
}

/**
 * Mount the file routes on `app`, in front of the emulator. `adopt(stored)` turns a stored bot
 * message into what the Bot API returns for it (date in seconds, the chat as users wrote from).
 */
function fileRoutes(app, emulator, adopt) {
  const files = new Map(); // file_id -> {data, file_name, mime_type, file_unique_id, path}

  function keep(data, fileName, mimeType) {
    const unique = crypto.randomBytes(8).toString('hex');
    const fileId = `file-${unique}`;
    const entry = {
      data,
      file_name: fileName,
      mime_type: mimeType || 'application/octet-stream',
      file_unique_id: `u${unique}`,
      path: `documents/${unique}`,
    };
    files.set(fileId, entry);
    return { fileId, entry };
  }

  const asDocument = (fileId, entry) => ({
    file_id: fileId,
    file_unique_id: entry.file_unique_id,
    file_name: entry.file_name,
    mime_type: entry.mime_type,
    file_size: entry.data.length,
  });

  app.post('/compat/uploadFile', (req, res) => {
    const { content } = req.body;
    if (typeof content !== 'string') {
      res.status(400).json({ ok: false, description: 'Bad Request: content (base64) is required' });
      return;
    }
    const { fileId, entry } = keep(
      Buffer.from(content, 'base64'), req.body.file_name || 'file', req.body.mime_type,
    );
    res.json({ ok: true, result: asDocument(fileId, entry) });
  });

  app.all('/bot:token/getFile', (req, res) => {
    const fileId = String({ ...req.query, ...req.body }.file_id || '');
    const entry = files.get(fileId);
    if (!entry) {
      res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
      return;
    }
    res.json({
      ok: true,
      result: {
        file_id: fileId,
        file_unique_id: entry.file_unique_id,
        file_size: entry.data.length,
        file_path: entry.path,
      },
    });
  });

  app.get('/file/bot:token/*', (req, res) => {
    const path = req.params[0];
    const entry = [...files.values()].find((item) => item.path === path);
    if (!entry) {
      res.status(404).json({ ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    res.type(entry.mime_type).send(entry.data);
  });

  app.post(
    '/bot:token/sendDocument',
    express.raw({ type: 'multipart/form-data', limit: MAX_UPLOAD_BYTES }),
    (req, res) => {
      let params = req.body;
      let upload = null;
      if (Buffer.isBuffer(req.body)) {
        const parsed = parseMultipart(req.body, req.headers['content-type']);
        if (!parsed) {
          res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: bad multipart body' });
          return;
        }
        params = parsed.fields;
        upload = parsed.files.document || null;
      }
      for (const name of JSON_FIELDS) {
        if (typeof params[name] === 'string') {
          try {
            params[name] = JSON.parse(params[name]);
          } catch (error) {
            // Left as it is, as Telegram would reject it.
          }
        }
      }
      let fileId = typeof params.document === 'string' ? params.document : null;
      if (upload) {
        fileId = keep(upload.data, upload.filename, upload.type).fileId;
      }
      const entry = fileId && files.get(fileId);
      if (!params.chat_id || !entry) {
        res.status(400).json({
          ok: false, error_code: 400, description: 'Bad Request: there is no document in the request',
        });
        return;
      }
      const message = { ...params, document: asDocument(fileId, entry) };
      emulator.addBotMessage(message, req.params.token);
      const stored = emulator.storage.botMessages[emulator.storage.botMessages.length - 1];
      res.json({ ok: true, result: adopt(stored) });
    },
  );
}

module.exports = { fileRoutes, parseMultipart };
