-- Headless Neovim as a real editor host for a `# %%` file: start the
-- server, wait for its diagnostics, ask for the code lenses, run the
-- second cell through the "Run cell" lens's own command (as a user
-- pressing it would), collect the `upy/output` the server sends back, and
-- write what it saw to $UPY_NVIM_OUT as JSON. Works with Neovim 0.7.
local cmd = vim.split(os.getenv("UPY_LSP_CMD_NVIM"), "\t")
local file = os.getenv("UPY_NVIM_FILE")
local out = os.getenv("UPY_NVIM_OUT")

local function finish(result)
  local f = io.open(out, "w")
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qall!")
end

local output = {}
vim.cmd("edit " .. file)
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "upy",
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ":h"),
  handlers = {
    ["upy/output"] = function(_, params)
      table.insert(output, { stream = params.stream, text = params.text })
    end,
  },
})
if not client_id then
  finish({ error = "server did not start" })
  return
end
vim.lsp.buf_attach_client(buf, client_id)

local got = vim.wait(10000, function()
  return #vim.diagnostic.get(buf) > 0
end, 50)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(diagnostics, { line = d.lnum, col = d.col, code = d.code, message = d.message })
end

local uri = vim.uri_from_bufnr(buf)
local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeLens", { textDocument = { uri = uri } }, 10000) or {}
local lenses = {}
for _, r in pairs(responses) do
  for _, lens in ipairs(r.result or {}) do
    table.insert(lenses, lens)
  end
end

-- The local "Run cell" lens of the second cell.
local chosen = nil
for _, lens in ipairs(lenses) do
  local args = lens.command and lens.command.arguments and lens.command.arguments[1]
  if args and args.target == "local" and args.line > 0 then
    chosen = lens
    break
  end
end
local run_result = nil
local run_error = nil
if chosen then
  local client = vim.lsp.get_client_by_id(client_id)
  local done = false
  client.request("workspace/executeCommand", {
    command = chosen.command.command,
    arguments = chosen.command.arguments,
  }, function(err, result)
    run_error = err and err.message or nil
    run_result = result
    done = true
  end, buf)
  vim.wait(20000, function()
    return done
  end, 50)
  -- Output notifications may trail the reply by a moment.
  vim.wait(2000, function()
    for _, o in ipairs(output) do
      if o.text:find("\n") then
        return true
      end
    end
    return false
  end, 50)
end

finish({
  got_diagnostics = got,
  diagnostics = diagnostics,
  lens_titles = vim.tbl_map(function(l)
    return l.command and l.command.title or ""
  end, lenses),
  ran = chosen and chosen.command.arguments[1] or vim.NIL,
  run_result = run_result or vim.NIL,
  run_error = run_error or vim.NIL,
  output = output,
})
