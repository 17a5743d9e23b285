"""Spike: procrastinate no-op job throughput with 2 workers (claim + finish per job)."""

import asyncio
import sys
import time

import procrastinate

DSN = sys.argv[1]
N = int(sys.argv[2])
done = 0


async def main():
    global done
    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=DSN, min_size=1, max_size=4))

    @app.task(name="noop")
    async def noop(i: int) -> None:
        global done
        done += 1

    async with app.open_async():
        await app.schema_manager.apply_schema_async()
        t = time.perf_counter()
        await noop.batch_defer_async(*({"i": i} for i in range(N)))
        t_defer = time.perf_counter() - t
        w = [
            asyncio.create_task(
                app.run_worker_async(
                    concurrency=4, wait=True, install_signal_handlers=False, delete_jobs="successful"
                )
            )
            for _ in range(2)
        ]
        t = time.perf_counter()
        while done < N:  # noqa: ASYNC110 -- a spike: polling is fine
            await asyncio.sleep(0.05)
        el = time.perf_counter() - t
        for x in w:
            x.cancel()
        await asyncio.gather(*w, return_exceptions=True)
    print(
        f"procrastinate: deferred {N} in {t_defer:.2f}s; ran {N} no-op jobs with 2 workers in {el:.2f}s = {N / el:.0f} jobs/s"
    )


asyncio.run(main())
