// Starts the bundled language server over IPC for `article` documents and registers the commands.
// Nothing clever lives here: every analysis and feature is in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Article Annotator');
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'article' },
      { scheme: 'untitled', language: 'article' },
    ],
    synchronize: { configurationSection: 'articleAnnotator' },
    outputChannel: output,
    initializationOptions: { locale: vscode.env.language },
  };
  client = new LanguageClient('articleAnnotator', 'Article Annotator', serverOptions, clientOptions);

  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('articleAnnotator.restartServer', async () => {
      if (!client) return;
      output.appendLine('Restarting the Article Annotator server…');
      await client.restart();
    }),
    vscode.commands.registerCommand('articleAnnotator.showOutput', () => output.show(true)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
