-- Run by test/nvim/nvim.test.ts in `nvim --headless --clean`: starts the bundled language server with
-- Neovim's own LSP client on one article, waits for its diagnostics, asks for the document symbols
-- and a hover, writes everything it got to ARTICLE_NVIM_RESULTS as JSON, and quits.
local server = assert(os.getenv('ARTICLE_SERVER'), 'ARTICLE_SERVER not set')
local file = assert(os.getenv('ARTICLE_FILE'), 'ARTICLE_FILE not set')
local out = assert(os.getenv('ARTICLE_NVIM_RESULTS'), 'ARTICLE_NVIM_RESULTS not set')
local hover_line = tonumber(os.getenv('ARTICLE_HOVER_LINE'))
local hover_char = tonumber(os.getenv('ARTICLE_HOVER_CHARACTER'))
local timeout_ms = tonumber(os.getenv('ARTICLE_NVIM_TIMEOUT_MS') or '20000')

local result = { nvim = vim.version(), steps = {} }
local finished = false

local function finish(reason)
  if finished then return end
  finished = true
  result.finish = reason
  local f = assert(io.open(out .. '.tmp', 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  os.rename(out .. '.tmp', out)
  vim.cmd('qall!')
end

local function step(name)
  table.insert(result.steps, name)
end

-- Whatever happens, the editor ends: after the timeout it writes what it has and quits.
vim.defer_fn(function() finish('timeout after ' .. timeout_ms .. ' ms') end, timeout_ms)

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'article'
local uri = vim.uri_from_bufnr(bufnr)

local asked = false
local function ask(client)
  if asked then return end
  asked = true
  local doc = { textDocument = { uri = uri } }
  step('documentSymbol')
  client.request('textDocument/documentSymbol', doc, function(err, symbols)
    result.symbols = symbols
    result.symbols_error = err and err.message or nil
    step('hover')
    local params = { textDocument = { uri = uri }, position = { line = hover_line, character = hover_char } }
    client.request('textDocument/hover', params, function(herr, hover)
      result.hover = hover
      result.hover_error = herr and herr.message or nil
      -- What Neovim itself made of the diagnostics (its vim.diagnostic store).
      result.nvim_diagnostics = #vim.diagnostic.get(bufnr)
      finish('done')
    end, bufnr)
  end, bufnr)
end

local client_id
client_id = vim.lsp.start_client({
  name = 'article-annotator',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
      if params.uri ~= uri or #params.diagnostics == 0 or result.diagnostics then return end
      step('diagnostics')
      result.diagnostics = params.diagnostics
      ask(vim.lsp.get_client_by_id(client_id))
    end,
  },
  on_exit = function(code)
    if not finished then
      result.server_exit = code
      vim.schedule(function() finish('server exited with code ' .. tostring(code)) end)
    end
  end,
})
if not client_id then
  finish('vim.lsp.start_client failed')
else
  step('started')
  vim.lsp.buf_attach_client(bufnr, client_id)
end
