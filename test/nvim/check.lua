-- Headless Neovim as a second real LSP client for the Podium language server.
-- Opens one file, starts the server on it, waits for textDocument/publishDiagnostics and
-- checks the diagnostics against expectations. Driven by test/nvim/run.mjs.
-- Neovim 0.7.2 (Debian 12): vim.lsp.start_client + buf_attach_client (vim.lsp.start is 0.8+).
--
-- Input: $PODIUM_NVIM_CASE, JSON {
--   cmd: ["node", "server/out/server.js", "--stdio"], file: "/abs/x.speech.md", root: "/abs",
--   expect: [{ code: "placeholder", message?: "substring", line?: 0-based, col?: 0-based byte column }],   -- each must match one diagnostic
--   none?: true,        -- instead: the server must publish, and publish nothing
--   timeout_ms?: 15000 }
-- Output: lines starting "NVIM-LSP:"; exit 0 pass, 1 fail, 2 bad input, 3 Lua error.

local function out(s) io.stdout:write('NVIM-LSP: ' .. s .. '\n'); io.stdout:flush() end

local function finish(code, msg)
  out(msg)
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  if code == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. code) end
end

local function matches(d, e)
  if e.code ~= nil and tostring(d.code) ~= tostring(e.code) then return false end
  if e.message ~= nil and not d.message:find(e.message, 1, true) then return false end
  if e.line ~= nil and d.lnum ~= e.line then return false end
  if e.col ~= nil and d.col ~= e.col then return false end
  return true
end

local function describe(e)
  return ('code=%s at %s:%s message~%s'):format(tostring(e.code), e.line and tostring(e.line + 1) or '*',
    e.col and tostring(e.col + 1) or '*', tostring(e.message or '*'))
end

local function all_found(diags, expect)
  for _, e in ipairs(expect) do
    local found = false
    for _, d in ipairs(diags) do if matches(d, e) then found = true break end end
    if not found then return false, e end
  end
  return true
end

local ok, err = pcall(function()
  local raw = os.getenv('PODIUM_NVIM_CASE')
  if not raw then return finish(2, 'set PODIUM_NVIM_CASE') end
  local case = vim.fn.json_decode(raw)
  local expect = case.expect or {}
  local timeout = case.timeout_ms or 15000

  vim.cmd('edit ' .. vim.fn.fnameescape(case.file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)

  local publishes, exited = 0, false
  local client_id = vim.lsp.start_client({
    name = 'podium',
    cmd = case.cmd,
    root_dir = case.root,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        if result and result.uri == uri then publishes = publishes + 1 end
        return vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      exited = true
      out(('server exited code=%s signal=%s'):format(code, signal))
    end,
  })
  if not client_id then return finish(1, 'FAIL cannot start ' .. table.concat(case.cmd, ' ')) end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local v = vim.version()
  out(('nvim %d.%d.%d, waiting for diagnostics on %s'):format(v.major, v.minor, v.patch, vim.fn.fnamemodify(case.file, ':t')))

  local t0 = vim.loop.hrtime()
  local done = function()
    if exited then return true end
    if case.none then return publishes > 0 end
    return publishes > 0 and all_found(vim.diagnostic.get(bufnr), expect)
  end
  vim.wait(timeout, done, 20)
  local ms = math.floor((vim.loop.hrtime() - t0) / 1e6)

  local diags = vim.diagnostic.get(bufnr)
  for _, d in ipairs(diags) do
    out(('  %d:%d %s/%s %s'):format(d.lnum + 1, d.col + 1, tostring(d.source), tostring(d.code), d.message))
  end
  if publishes == 0 then
    return finish(1, exited and 'FAIL server exited before publishing diagnostics'
      or ('FAIL no publishDiagnostics within %d ms'):format(timeout))
  end
  if case.none then
    if #diags > 0 then return finish(1, ('FAIL expected no diagnostics, got %d'):format(#diags)) end
    return finish(0, ('PASS no diagnostics (%d ms)'):format(ms))
  end
  local found, missing = all_found(diags, expect)
  if not found then return finish(1, 'FAIL no diagnostic with ' .. describe(missing)) end
  finish(0, ('PASS %d expected diagnostic(s) found (%d ms)'):format(#expect, ms))
end)
if not ok then
  io.stdout:write('NVIM-LSP: ERROR ' .. tostring(err) .. '\n')
  vim.cmd('cquit 3')
end
