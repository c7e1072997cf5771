package org.w3id.agora.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.agora.support.StoreProbe;
import org.w3id.agora.support.TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line modes of the jar, run on a store of their own with no server. */
class CliTests {

	@TempDir
	Path work;

	@Test
	void load_turtleFile_addsItsTriplesUnderTheBaseAndReportsTheCount() throws IOException {
		Path file = write("initiatives.ttl", """
				<id/initiative/cli-test> <http://www.w3.org/2000/01/rdf-schema#label> "Test CLI"@fr ;
				    <http://www.w3.org/2000/01/rdf-schema#comment> "chargé en ligne de commande"@fr .
				""");

		Run run = cli("load", "--graph=graph/curated", file.toString());

		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("Loaded 2 triples into <" + TestServer.BASE + "graph/curated>");
		try (TestServer server = TestServer.start(store())) {
			Node subject = NodeFactory.createURI(TestServer.BASE + "id/initiative/cli-test");
			Node graph = NodeFactory.createURI(TestServer.BASE + "graph/curated");
			assertThat(Txn.calculateRead(server.dataset(),
					() -> server.dataset().stream(graph, subject, Node.ANY, Node.ANY).count()))
				.isEqualTo(2);
		}
	}

	@Test
	void load_fileWithASyntaxErrorAtItsLastByte_failsAndLeavesTheStoreAsItWas() throws IOException {
		StringBuilder turtle = new StringBuilder();
		for (int i = 0; i < 5_000; i++) {
			turtle.append("<id/initiative/bulk-").append(i).append("> <urn:agora:test:n> ").append(i).append(" .\n");
		}
		Path broken = write("broken.ttl", turtle + "<id/initiative/last> <urn:agora:test:n> \"unterminated .");
		assertThat(cli("load", write("first.ttl", "<id/a> <urn:agora:test:n> 1 .").toString()).status()).isZero();
		StoreProbe before = probe();

		Run run = cli("load", broken.toString());

		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("rejected, nothing was loaded").contains("broken.ttl").contains("line: 5001");
		assertThat(probe()).isEqualTo(before);
	}

	@Test
	void load_withNoFileOrAnUnknownOption_isAUsageError() {
		assertThat(cli("load").status()).isEqualTo(2);
		Run unknown = cli("load", "--grpah=graph/curated", "x.ttl");
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err()).contains("unknown option --grpah");
	}

	@Test
	void help_listsTheCommands() {
		Run run = cli("help");

		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("load ").contains("validate ");
	}

	private StoreProbe probe() {
		try (TestServer server = TestServer.start(store())) {
			return StoreProbe.of(server.dataset());
		}
	}

	private Path store() {
		return this.work.resolve("tdb2");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.work.resolve(name), content, StandardCharsets.UTF_8);
	}

	private Run cli(String... arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		args.add("--agora.store.directory=" + store());
		args.add("--agora.base-uri=" + TestServer.BASE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int status, String out, String err) {
	}

}
