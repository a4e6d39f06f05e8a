package dev.idcenter.command.store;

/**
 * The processing group of the command side's own directories (access keys, accounts, IAM names, attachments): a
 * subscribing processor whose handlers run in the command's transaction and whose failures fail the command.
 */
public final class CommandDirectory {

    public static final String PROCESSING_GROUP = "command-directory";

    private CommandDirectory() {
    }
}
