package nl.vico.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import nl.vico.app.ExitCodes;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** vico registers only the subcommand a command line names; help and mistakes still see all of them. */
class CommandRegistryTest {
    @Test
    void everyRegisteredName_isTheNameItsCommandDeclares() {
        VicoCommand.SUBCOMMANDS.forEach((name, type) ->
                assertThat(type.getAnnotation(Command.class).name()).as(type.getName()).isEqualTo(name));
    }

    @Test
    void topLevelHelp_listsEveryCommand() {
        Cli r = Cli.run("--help");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        for (String name : new String[] {"import", "analyze", "workspaces", "demo", "serve", "assess", "compare",
                "recommend", "render", "export", "report", "help"}) {
            assertThat(r.out()).as(name).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    @Test
    void helpCommand_explainsAnotherCommand() {
        Cli r = Cli.run("help", "analyze");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Usage: vico analyze");
    }

    @Test
    void debugBeforeTheCommand_stillFindsIt() {
        Cli r = Cli.run("--debug", "analyze", "--help");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Usage: vico analyze");
    }

    @Test
    void mistypedCommand_exits2AndSuggestsTheRealOne() {
        Cli r = Cli.run("analyse", "examples/kanaalwijk");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("analyse").contains("analyze");
    }
}
