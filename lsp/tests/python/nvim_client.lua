-- Headless Neovim as a real editor client: start the server, open a file,
-- wait for diagnostics, ask for completion after `led.`, and write what it
-- saw to $UPY_NVIM_OUT as JSON. Works with Neovim 0.7 (Debian bookworm).
local cmd = vim.split(os.getenv("UPY_LSP_CMD_NVIM"), "\t")
local file = os.getenv("UPY_NVIM_FILE")
local out = os.getenv("UPY_NVIM_OUT")

local function finish(result)
  local f = io.open(out, "w")
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qall!")
end

vim.cmd("edit " .. file)
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = "upy", cmd = cmd, root_dir = vim.fn.fnamemodify(file, ":h") })
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

-- Completion at the end of the last line (`led.`).
local last = vim.api.nvim_buf_line_count(buf) - 1
local line = vim.api.nvim_buf_get_lines(buf, last, last + 1, false)[1]
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = last, character = #line } }
local responses = vim.lsp.buf_request_sync(buf, "textDocument/completion", params, 10000) or {}
local labels = {}
for _, r in pairs(responses) do
  local items = r.result and (r.result.items or r.result) or {}
  for _, item in ipairs(items) do
    table.insert(labels, item.label)
  end
end
finish({ got_diagnostics = got, diagnostics = diagnostics, completion = labels })
