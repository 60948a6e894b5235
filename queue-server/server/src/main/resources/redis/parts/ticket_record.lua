-- Part: the stored form of a ticket (ADR 0041), the one way scripts read and write one.
-- ticket_decode(json) returns the ticket as a table with the full names (id, number, area, ...,
--   as queue.StoredTicket has them), or nil for nil; ticket_encode(table) returns the stored text.
-- In the day's hash a ticket is a JSON object with one- or two-letter names; a field at its default
-- is left out, times after the issue are milliseconds after it, and the person key and the last
-- call id are base64url. The request id is not kept: the requests hash maps it to the ticket.
-- A ticket written by an earlier release in the long form (no "i") is read as it is, so a day in
-- Redis at an upgrade goes on; it is written back compact. queue.TicketRecord is the Java side.
local TICKET_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
local TICKET_STATUSES = {W = 'WAITING', C = 'CALLED', D = 'DONE', N = 'NO_SHOW', A = 'AWAITING_ARRIVAL', L = 'LAPSED'}
local TICKET_PRIORITIES = {N = 'NORMAL', G = 'GREEN', P = 'APPOINTMENT'}
local TICKET_STATUS_LETTERS, TICKET_PRIORITY_LETTERS = {}, {}
for letter, status in pairs(TICKET_STATUSES) do TICKET_STATUS_LETTERS[status] = letter end
for letter, priority in pairs(TICKET_PRIORITIES) do TICKET_PRIORITY_LETTERS[priority] = letter end
local TICKET_UUID = '^' .. string.rep('%x', 8) .. '%-' .. string.rep('%x', 4) .. '%-' .. string.rep('%x', 4) .. '%-'
  .. string.rep('%x', 4) .. '%-' .. string.rep('%x', 12) .. '$'
-- Full names the compact form spells otherwise (or drops); any other field keeps its own name.
local TICKET_KNOWN = {}
for _, name in ipairs({'id', 'number', 'area', 'item', 'status', 'priority', 'greenReason', 'arrival', 'issued',
  'score', 'person', 'name', 'window', 'targetWindow', 'calledAt', 'lastCalledAt', 'calls', 'recalls', 'transfers',
  'fromArea', 'requestId', 'tracking', 'appointment', 'finishedAt', 'noShowAt', 'lastCallId', 'outcome',
  'outcomeNote', 'missingMaterials', 'finishedBy', 'remote', 'checkedInAt', 'lapsedAt'}) do
  TICKET_KNOWN[name] = true
end
-- The compact names; a field of the stored text not among them is a field this part does not know.
local TICKET_SHORT = {}
for _, name in ipairs({'i', 't', 'nu', 'a', 'm', 's', 'p', 'g', 'r', 'o', 'h', 'ph', 'n', 'w', 'tw', 'ca', 'la', 'k',
  'rc', 'x', 'fr', 'c', 'ap', 'f', 'ns', 'lc', 'lx', 'oc', 'on', 'mm', 'fb', 'rm', 'ci', 'lp'}) do
  TICKET_SHORT[name] = true
end

-- Three hex digits to two characters; the last group is padded with zeros.
local function ticket_hex_to_b64(hex)
  local out = {}
  for i = 1, #hex, 3 do
    local v = tonumber(string.sub(hex .. '00', i, i + 2), 16)
    local hi, lo = math.floor(v / 64) + 1, v % 64 + 1
    out[#out + 1] = string.sub(TICKET_B64, hi, hi) .. string.sub(TICKET_B64, lo, lo)
  end
  return table.concat(out)
end

local function ticket_b64_to_hex(text, digits)
  local out = {}
  for i = 1, #text - 1, 2 do
    local hi = string.find(TICKET_B64, string.sub(text, i, i), 1, true) - 1
    local lo = string.find(TICKET_B64, string.sub(text, i + 1, i + 1), 1, true) - 1
    out[#out + 1] = string.format('%03x', hi * 64 + lo)
  end
  return string.sub(table.concat(out), 1, digits)
end

local function ticket_put(c, short, value, default)
  if value ~= nil and value ~= default then c[short] = value end
end

-- A time after the issue, as an offset; 0 (not reached) is left out.
local function ticket_put_time(c, short, value, issued)
  if value ~= nil and value ~= 0 then c[short] = value - issued end
end

local function ticket_encode(t)
  local c, issued = {}, t.issued or 0
  for name, value in pairs(t) do
    if not TICKET_KNOWN[name] then c[name] = value end
  end
  c.i, c.t = t.id, issued
  if t.number ~= nil and t.number ~= string.sub(t.id, 10) then c.nu = t.number end
  ticket_put(c, 'a', t.area, '')
  ticket_put(c, 'm', t.item, '')
  ticket_put(c, 's', TICKET_STATUS_LETTERS[t.status] or t.status, 'W')
  ticket_put(c, 'p', TICKET_PRIORITY_LETTERS[t.priority] or t.priority, 'N')
  ticket_put(c, 'g', t.greenReason, '')
  ticket_put(c, 'r', t.arrival, issued)
  if t.score ~= nil then ticket_put(c, 'o', t.score - issued, 0) end
  local person = t.person or ''
  if #person == 64 and not string.find(person, '[^0-9a-f]') then
    c.h = ticket_hex_to_b64(person)
  else
    ticket_put(c, 'ph', person, '')
  end
  ticket_put(c, 'n', t.name, '')
  ticket_put(c, 'w', t.window, '')
  ticket_put(c, 'tw', t.targetWindow, '')
  ticket_put_time(c, 'ca', t.calledAt, issued)
  if t.lastCalledAt ~= t.calledAt then ticket_put_time(c, 'la', t.lastCalledAt, issued) end
  ticket_put(c, 'k', t.calls, 0)
  ticket_put(c, 'rc', t.recalls, 0)
  ticket_put(c, 'x', t.transfers, 0)
  ticket_put(c, 'fr', t.fromArea, '')
  ticket_put(c, 'c', t.tracking, '')
  ticket_put(c, 'ap', t.appointment, '')
  ticket_put_time(c, 'f', t.finishedAt, issued)
  ticket_put_time(c, 'ns', t.noShowAt, issued)
  local call = t.lastCallId or ''
  if string.find(call, TICKET_UUID) and call == string.lower(call) then
    c.lc = ticket_hex_to_b64(string.gsub(call, '%-', ''))
  else
    ticket_put(c, 'lx', call, '')
  end
  ticket_put(c, 'oc', t.outcome, nil)
  ticket_put(c, 'on', t.outcomeNote, nil)
  ticket_put(c, 'mm', t.missingMaterials, nil)
  ticket_put(c, 'fb', t.finishedBy, nil)
  if t.remote == true then c.rm = 1 end
  ticket_put_time(c, 'ci', t.checkedInAt, issued)
  ticket_put_time(c, 'lp', t.lapsedAt, issued)
  return cjson.encode(c)
end

local function ticket_time(offset, issued)
  return offset and issued + offset or 0
end

local function ticket_decode(json)
  if not json then return nil end
  local c = cjson.decode(json)
  if c.i == nil then return c end
  local t, issued = {}, c.t or 0
  for name, value in pairs(c) do
    if not TICKET_SHORT[name] then t[name] = value end
  end
  t.id, t.issued = c.i, issued
  t.number = c.nu or string.sub(c.i, 10)
  t.area, t.item = c.a or '', c.m or ''
  t.status = TICKET_STATUSES[c.s or 'W'] or c.s
  t.priority = TICKET_PRIORITIES[c.p or 'N'] or c.p
  t.greenReason = c.g or ''
  t.arrival, t.score = c.r or issued, issued + (c.o or 0)
  t.person = c.h and ticket_b64_to_hex(c.h, 64) or c.ph or ''
  t.name, t.window, t.targetWindow = c.n or '', c.w or '', c.tw or ''
  t.calledAt = ticket_time(c.ca, issued)
  t.lastCalledAt = c.la and issued + c.la or t.calledAt
  t.calls, t.recalls, t.transfers, t.fromArea = c.k or 0, c.rc or 0, c.x or 0, c.fr or ''
  t.requestId, t.tracking, t.appointment = '', c.c or '', c.ap or ''
  t.finishedAt, t.noShowAt = ticket_time(c.f, issued), ticket_time(c.ns, issued)
  if c.lc then
    local hex = ticket_b64_to_hex(c.lc, 32)
    t.lastCallId = string.sub(hex, 1, 8) .. '-' .. string.sub(hex, 9, 12) .. '-' .. string.sub(hex, 13, 16) .. '-'
      .. string.sub(hex, 17, 20) .. '-' .. string.sub(hex, 21, 32)
  else
    t.lastCallId = c.lx or ''
  end
  t.outcome, t.outcomeNote, t.missingMaterials, t.finishedBy = c.oc, c.on, c.mm, c.fb
  if c.rm then t.remote = true end
  if c.ci then t.checkedInAt = issued + c.ci end
  if c.lp then t.lapsedAt = issued + c.lp end
  return t
end
