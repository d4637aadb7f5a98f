package io.nexusgraph.bench.api;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AttributeKey;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Keep-alive HTTP/1.1 {@code GET}s to the service on loopback, on one Netty event loop: the lookup
 * load's client. The JDK {@code HttpClient} spent about as much CPU per lookup as the service
 * itself (0.5–1.5 ms), and on a 2-core machine every client cycle is taken from the service; this
 * one spends a fraction of that. One request per connection at a time (no pipelining); a free
 * connection is reused, otherwise a new one is opened, so connections grow to the requests in
 * flight. Every request ends in exactly one callback: the status, or {@code -1} when the connection
 * failed or no answer came within the timeout (that connection is then closed).
 */
final class LoopbackHttp implements AutoCloseable {

  private static final AttributeKey<Pending> PENDING = AttributeKey.valueOf("nexus.bench.pending");
  private static final int MAX_ANSWER_BYTES = 1 << 20;

  private final EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final ConcurrentLinkedDeque<Channel> idle = new ConcurrentLinkedDeque<>();
  private final Bootstrap bootstrap;
  private final String host;
  private final String key;
  private final long timeoutNanos;

  LoopbackHttp(int port, String key, Duration timeout) {
    this.host = "127.0.0.1:" + port;
    this.key = key;
    this.timeoutNanos = timeout.toNanos();
    this.bootstrap =
        new Bootstrap()
            .group(loop)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
            .remoteAddress("127.0.0.1", port)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new HttpClientCodec())
                        .addLast(new HttpObjectAggregator(MAX_ANSWER_BYTES))
                        .addLast(new Answers());
                  }
                });
  }

  /** Sends {@code GET uri} with the API key; {@code done} gets the status or {@code -1}. */
  void get(String uri, IntConsumer done) {
    Channel channel = idle.pollFirst();
    while (channel != null && !channel.isActive()) {
      channel = idle.pollFirst();
    }
    if (channel != null) {
      send(channel, uri, done);
      return;
    }
    ChannelFuture connecting = bootstrap.connect();
    connecting.addListener(
        f -> {
          if (f.isSuccess()) {
            send(connecting.channel(), uri, done);
          } else {
            done.accept(-1);
          }
        });
  }

  private void send(Channel channel, String uri, IntConsumer done) {
    FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
    request.headers().set(HttpHeaderNames.HOST, host).set("X-API-Key", key);
    channel
        .eventLoop()
        .execute(
            () -> {
              ScheduledFuture<?> timeout =
                  channel
                      .eventLoop()
                      .schedule(() -> fail(channel), timeoutNanos, TimeUnit.NANOSECONDS);
              channel.attr(PENDING).set(new Pending(done, timeout));
              channel
                  .writeAndFlush(request)
                  .addListener(
                      f -> {
                        if (!f.isSuccess()) {
                          fail(channel);
                        }
                      });
            });
  }

  /** Ends the channel's pending request with {@code -1} and closes the channel. */
  private static void fail(Channel channel) {
    Pending pending = channel.attr(PENDING).getAndSet(null);
    channel.close();
    if (pending != null) {
      pending.timeout().cancel(false);
      pending.done().accept(-1);
    }
  }

  @Override
  public void close() {
    loop.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private record Pending(IntConsumer done, ScheduledFuture<?> timeout) {}

  /** Hands each answer to its request's callback and the connection back to the free ones. */
  private final class Answers extends SimpleChannelInboundHandler<FullHttpResponse> {

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
      Pending pending = ctx.channel().attr(PENDING).getAndSet(null);
      if (pending == null) {
        return; // an answer after its timeout: the channel is being closed already
      }
      pending.timeout().cancel(false);
      if (HttpUtil.isKeepAlive(response)) {
        idle.addFirst(ctx.channel());
      } else {
        ctx.close();
      }
      pending.done().accept(response.status().code());
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      fail(ctx.channel());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      fail(ctx.channel());
    }
  }
}
