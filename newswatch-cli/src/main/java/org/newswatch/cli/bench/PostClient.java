package org.newswatch.cli.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.newswatch.cli.PipelineClient;

/**
 * The load generator's HTTP/1.1 client: up to a fixed number of keep-alive connections to one server, each driven
 * by a thread of its own that sends a request and reads its answer. A request goes to the connection that became
 * free last (so a light load uses few connections, as a pool would), or waits until one is free, so the caller's
 * clock (the time it was due) counts that wait too.
 *
 * <p>Why not {@link java.net.http.HttpClient}: under an open-loop load it opened a connection for every request
 * in flight, kept them all pooled, and searched its pool linearly on every send; with its thread hand-offs it took
 * about a millisecond of CPU per request, as much as a service of the system it was measuring. This client takes
 * a few microseconds: one write and one read per request.
 */
final class PostClient implements AutoCloseable {

    /** A finished request: its status (0 when it failed) and body, or the failure. */
    record Answer(int status, String body, IOException failure) {
    }

    /** Called on a connection's thread when a request has ended. */
    interface Callback {
        void done(Answer answer);
    }

    private record Job(byte[] request, Callback callback) {
    }

    private static final Job STOP = new Job(new byte[0], a -> {
    });

    private final String host;
    private final int port;
    private final String apiKey;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final List<Worker> workers = new ArrayList<>();
    private final Object lock = new Object();
    /** Requests waiting for a free connection, oldest first. */
    private final ArrayDeque<Job> backlog = new ArrayDeque<>();
    /** Free connections, the most recently used first: a light load keeps using the same few, as a pool would. */
    private final ArrayDeque<Worker> idle = new ArrayDeque<>();
    private boolean closed;

    /**
     * @param server      scheme, host and port of the server (http only)
     * @param connections how many keep-alive connections (and threads) at most
     */
    PostClient(URI server, int connections, Duration connectTimeout, Duration readTimeout) {
        this(server, null, connections, connectTimeout, readTimeout);
    }

    /** @param apiKey sent as {@code X-API-Key} with every request (null: none) */
    PostClient(URI server, String apiKey, int connections, Duration connectTimeout, Duration readTimeout) {
        this.apiKey = apiKey;
        if (!"http".equals(server.getScheme())) {
            throw new IllegalArgumentException("http only: " + server);
        }
        this.host = server.getHost();
        this.port = server.getPort() < 0 ? 80 : server.getPort();
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        for (int i = 0; i < connections; i++) {
            workers.add(new Worker("post-client-" + (i + 1)));
        }
        workers.forEach(w -> w.thread.start());
    }

    /**
     * Sends a POST of {@code body} to {@code path} on a free connection, or once one is free; {@code callback} hears
     * its answer.
     */
    void post(String path, String contentType, byte[] body, Callback callback) {
        Job job = new Job(request(host, port, path, contentType, apiKey, body), callback);
        Worker free;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the client is closed");
            }
            free = idle.pollFirst();
            if (free == null) {
                backlog.addLast(job);
                return;
            }
        }
        free.hand(job);
    }

    static byte[] request(String host, int port, String path, String contentType, String apiKey, byte[] body) {
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: " + contentType
                + (apiKey == null ? "" : "\r\n" + PipelineClient.API_KEY_HEADER + ": " + apiKey)
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    /** Stops the connections; requests still waiting for one fail. */
    @Override
    public void close() {
        List<Worker> free;
        List<Job> dropped;
        synchronized (lock) {
            closed = true;
            free = new ArrayList<>(idle);
            idle.clear();
            dropped = new ArrayList<>(backlog);
            backlog.clear();
        }
        dropped.forEach(j -> j.callback().done(new Answer(0, null, new IOException("the client was closed"))));
        free.forEach(w -> w.hand(STOP));
        for (Worker w : workers) {
            try {
                w.thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One keep-alive connection and the thread that drives it. */
    private final class Worker {

        final Thread thread;
        private volatile Job handed;
        private Connection connection;

        Worker(String name) {
            thread = new Thread(this::run, name);
            thread.setDaemon(true);
        }

        void hand(Job job) {
            handed = job;
            LockSupport.unpark(thread);
        }

        /**
         * Frees this connection: the oldest waiting request if there is one, else null with the connection listed as
         * free (before the caller hears the answer, so a caller that posts again at once gets this connection).
         */
        private Job release() {
            synchronized (lock) {
                if (closed) {
                    return STOP;
                }
                Job waiting = backlog.pollFirst();
                if (waiting == null) {
                    idle.addFirst(this);
                }
                return waiting;
            }
        }

        /** The next request handed to this free connection. */
        private Job await() {
            Job job;
            while ((job = handed) == null) {
                LockSupport.park(this);
            }
            handed = null;
            return job;
        }

        private void run() {
            try {
                Job job = release();
                if (job == null) {
                    job = await();
                }
                while (job != STOP) {
                    Answer answer = send(job.request());
                    Callback callback = job.callback();
                    job = release();
                    callback.done(answer);
                    if (job == null) {
                        job = await();
                    }
                }
            } finally {
                closeConnection();
            }
        }

        private Answer send(byte[] request) {
            try {
                boolean reused = connection != null;
                if (connection == null) {
                    connection = new Connection();
                }
                Raw raw;
                try {
                    raw = connection.exchange(request);
                } catch (StaleConnectionException e) {
                    // no answer at all: on a reused connection the server had closed it while idle, so the
                    // request is sent once more on a new one (ingest answers a repeat with the same id)
                    closeConnection();
                    if (!reused) {
                        throw e.getCause();
                    }
                    connection = new Connection();
                    raw = connection.exchange(request);
                }
                if (!raw.keepAlive()) {
                    closeConnection();
                }
                return new Answer(raw.status(), raw.body(), null);
            } catch (IOException e) {
                closeConnection();
                return new Answer(0, null, e);
            }
        }

        private void closeConnection() {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }

    /** No byte of an answer came before the connection ended. */
    private static final class StaleConnectionException extends IOException {
        StaleConnectionException(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** A raw answer and whether the connection stays open. */
    private record Raw(int status, String body, boolean keepAlive) {
    }

    private final class Connection {

        private final Socket socket = new Socket();
        private final InputStream in;
        private final OutputStream out;

        Connection() throws IOException {
            try {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
                socket.setSoTimeout((int) readTimeout.toMillis());
                in = new BufferedInputStream(socket.getInputStream(), 8192);
                out = socket.getOutputStream();
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        Raw exchange(byte[] request) throws IOException {
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                throw new StaleConnectionException(e);
            }
            int first;
            try {
                first = in.read();
            } catch (SocketTimeoutException e) {
                throw e; // the server has the request and did not answer in time: not to be sent again
            } catch (IOException e) {
                throw new StaleConnectionException(e);
            }
            if (first < 0) {
                throw new StaleConnectionException(new EOFException("connection closed before an answer"));
            }
            String statusLine = (char) first + line();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP answer: " + statusLine);
            }
            int status;
            try {
                status = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("bad status line: " + statusLine, e);
            }
            long length = -1;
            boolean chunked = false;
            boolean keepAlive = parts[0].equals("HTTP/1.1");
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> keepAlive = !value.equalsIgnoreCase("close")
                            && (keepAlive || value.equalsIgnoreCase("keep-alive"));
                    default -> {
                    }
                }
            }
            byte[] body;
            if (chunked) {
                body = chunkedBody();
            } else if (length >= 0) {
                body = in.readNBytes((int) length);
                if (body.length < length) {
                    throw new EOFException("answer body cut short");
                }
            } else if (status == 204 || status == 304 || status / 100 == 1) {
                body = new byte[0];
            } else {
                body = in.readAllBytes(); // delimited by the end of the connection
                keepAlive = false;
            }
            return new Raw(status, new String(body, StandardCharsets.UTF_8), keepAlive);
        }

        private byte[] chunkedBody() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                int semicolon = size.indexOf(';');
                int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (n == 0) {
                    while (!line().isEmpty()) {
                        // trailers
                    }
                    return body.toByteArray();
                }
                byte[] chunk = in.readNBytes(n);
                if (chunk.length < n) {
                    throw new EOFException("chunk cut short");
                }
                body.writeBytes(chunk);
                line();
            }
        }

        /** One header line without its CRLF. */
        private String line() throws IOException {
            StringBuilder s = new StringBuilder(64);
            while (true) {
                int c = in.read();
                if (c < 0) {
                    throw new EOFException("connection closed inside an answer");
                }
                if (c == '\n') {
                    int end = s.length();
                    if (end > 0 && s.charAt(end - 1) == '\r') {
                        s.setLength(end - 1);
                    }
                    return s.toString();
                }
                s.append((char) c);
                if (s.length() > 16384) {
                    throw new IOException("header line too long");
                }
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
