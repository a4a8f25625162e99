package nl.vico.app.web.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vico.app.web.problem.ConflictException;
import nl.vico.app.web.problem.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Accounts and API tokens in Neo4j, under their own labels ({@code :VicoUser}, {@code :VicoApiToken}) so
 * they never mix with a workspace's network. Passwords are stored as bcrypt hashes, tokens as SHA-256
 * hashes (a token is 256 random bits, so a fast hash suffices); neither is ever stored in clear.
 */
@Repository
public class UserStore {
    private static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT vico_user_name IF NOT EXISTS FOR (u:VicoUser) REQUIRE u.name IS UNIQUE",
            "CREATE CONSTRAINT vico_token_hash IF NOT EXISTS FOR (t:VicoApiToken) REQUIRE t.hash IS UNIQUE");
    private static final String COUNT_USERS = "MATCH (u:VicoUser) RETURN count(u) AS n";
    private static final String FIND_USER = "MATCH (u:VicoUser {name: $name}) RETURN u";
    private static final String LIST_USERS = "MATCH (u:VicoUser) RETURN u ORDER BY u.name";
    private static final String CREATE_USER = """
            CREATE (u:VicoUser {name: $name, role: $role, workspaces: $workspaces, residentNames: $residentNames,
                                passwordHash: $passwordHash, createdAt: $now})""";
    private static final String UPDATE_USER = """
            MATCH (u:VicoUser {name: $name})
            SET u.role = $role, u.workspaces = $workspaces, u.residentNames = $residentNames
            RETURN count(u) AS n""";
    private static final String SET_PASSWORD = """
            MATCH (u:VicoUser {name: $name})
            SET u.passwordHash = $passwordHash
            RETURN count(u) AS n""";
    private static final String DELETE_USER = """
            MATCH (u:VicoUser {name: $name})
            OPTIONAL MATCH (t:VicoApiToken {user: $name})
            DETACH DELETE t, u
            RETURN count(DISTINCT u) AS n""";
    private static final String ADD_WORKSPACE = """
            MATCH (u:VicoUser {name: $name})
            SET u.workspaces = CASE WHEN $workspace IN u.workspaces THEN u.workspaces ELSE u.workspaces + $workspace END""";
    private static final String DROP_WORKSPACE = """
            MATCH (u:VicoUser) WHERE $workspace IN u.workspaces
            SET u.workspaces = [w IN u.workspaces WHERE w <> $workspace]""";
    private static final String CREATE_TOKEN = """
            MATCH (u:VicoUser {name: $user})
            CREATE (t:VicoApiToken {id: $id, user: $user, name: $tokenName, hash: $hash, createdAt: $now})
            RETURN t""";
    private static final String FIND_TOKEN_USER = """
            MATCH (t:VicoApiToken {hash: $hash})
            MATCH (u:VicoUser {name: t.user})
            RETURN u""";
    private static final String LIST_TOKENS = "MATCH (t:VicoApiToken {user: $user}) RETURN t ORDER BY t.createdAt";
    private static final String DELETE_TOKEN = """
            MATCH (t:VicoApiToken {user: $user, id: $id})
            DELETE t
            RETURN count(t) AS n""";

    private final Driver driver;

    UserStore(Driver driver) {
        this.driver = driver;
        try (var session = driver.session()) {
            SCHEMA.forEach(s -> session.executeWrite(tx -> tx.run(s).consume()));
        }
    }

    /** An account with its password hash, for logging in. */
    public record StoredUser(VicoUser user, String passwordHash) {
    }

    /** An API token as listed: never the token itself, which is shown once when made. */
    public record ApiToken(String id, String name, Instant createdAt) {
    }

    public long count() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(COUNT_USERS).single().get("n").asLong());
        }
    }

    public Optional<StoredUser> find(String name) {
        if (name == null || !VicoUser.NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND_USER, Map.of("name", name)).list().stream()
                    .findFirst().map(r -> stored(r.get("u"))));
        }
    }

    public List<VicoUser> list() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(LIST_USERS).list(r -> stored(r.get("u")).user()));
        }
    }

    public void create(VicoUser user, String passwordHash) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> {
                if (!tx.run(FIND_USER, Map.of("name", user.name())).list().isEmpty()) {
                    throw new ConflictException("there is already an account " + user.name() + " — choose another name");
                }
                tx.run(CREATE_USER, Map.of("name", user.name(), "role", user.role().key(),
                        "workspaces", List.copyOf(user.workspaces()), "residentNames", user.residentNames(),
                        "passwordHash", passwordHash, "now", now())).consume();
                return null;
            });
        }
    }

    /** Replaces role, memberships and the resident-names grant. */
    public void update(VicoUser user) {
        long n;
        try (var session = driver.session()) {
            n = session.executeWrite(tx -> tx.run(UPDATE_USER, Map.of("name", user.name(), "role", user.role().key(),
                    "workspaces", List.copyOf(user.workspaces()), "residentNames", user.residentNames()))
                    .single().get("n").asLong());
        }
        requireFound(n, user.name());
    }

    public void setPasswordHash(String name, String passwordHash) {
        long n;
        try (var session = driver.session()) {
            n = session.executeWrite(tx -> tx.run(SET_PASSWORD, Map.of("name", name, "passwordHash", passwordHash))
                    .single().get("n").asLong());
        }
        requireFound(n, name);
    }

    /** Removes the account and its tokens. */
    public void delete(String name) {
        long n;
        try (var session = driver.session()) {
            n = session.executeWrite(tx -> tx.run(DELETE_USER, Map.of("name", name)).single().get("n").asLong());
        }
        requireFound(n, name);
    }

    public void addWorkspace(String name, String workspace) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(ADD_WORKSPACE, Map.of("name", name, "workspace", workspace)).consume());
        }
    }

    /** Takes a deleted workspace out of every account's memberships. */
    public void dropWorkspace(String workspace) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(DROP_WORKSPACE, Map.of("workspace", workspace)).consume());
        }
    }

    public ApiToken createToken(String user, String tokenName, String tokenHash) {
        String id = UUID.randomUUID().toString();
        try (var session = driver.session()) {
            List<Record> rows = session.executeWrite(tx -> tx.run(CREATE_TOKEN, Map.of("user", user, "id", id,
                    "tokenName", tokenName, "hash", tokenHash, "now", now())).list());
            if (rows.isEmpty()) {
                throw new NotFoundException("there is no account " + user);
            }
            return token(rows.get(0).get("t"));
        }
    }

    public Optional<VicoUser> findByTokenHash(String tokenHash) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND_TOKEN_USER, Map.of("hash", tokenHash)).list().stream()
                    .findFirst().map(r -> stored(r.get("u")).user()));
        }
    }

    public List<ApiToken> tokens(String user) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(LIST_TOKENS, Map.of("user", user)).list(r -> token(r.get("t"))));
        }
    }

    public boolean deleteToken(String user, String id) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(DELETE_TOKEN, Map.of("user", user, "id", id))
                    .single().get("n").asLong()) > 0;
        }
    }

    private static void requireFound(long n, String name) {
        if (n == 0) {
            throw new NotFoundException("there is no account " + name + " — list them with GET /api/users");
        }
    }

    private static java.time.ZonedDateTime now() {
        return Instant.now().atZone(ZoneOffset.UTC);
    }

    private static StoredUser stored(Value u) {
        Role role = Role.parse(u.get("role").asString("viewer")).orElse(Role.VIEWER);
        var workspaces = new HashSet<>(u.get("workspaces").isNull() ? List.of() : u.get("workspaces").asList(Value::asString));
        return new StoredUser(new VicoUser(u.get("name").asString(), role, workspaces, u.get("residentNames").asBoolean(false)),
                u.get("passwordHash").asString(""));
    }

    private static ApiToken token(Value t) {
        return new ApiToken(t.get("id").asString(), t.get("name").asString(""),
                t.get("createdAt").asZonedDateTime().toInstant());
    }
}
