"""What one simulated student tries against another (python3 -m lectern_hub.probe JSON, run as that student's Unix
user): each attempt prints whether it was refused. Used by the load test; also the positive control run with the
right key, to show the kernel attempt would see a reply if one came."""
import json
import os
import sys
import uuid


def try_read(path):
    try:
        with open(path, "rb") as f:
            f.read(64)
        return "ALLOWED"
    except OSError as e:
        return f"refused ({e.strerror})"


def try_list(path):
    try:
        os.listdir(path)
        return "ALLOWED"
    except OSError as e:
        return f"refused ({e.strerror})"


def try_write(path):
    try:
        with open(path, "w") as f:
            f.write("{}")
        return "ALLOWED"
    except OSError as e:
        return f"refused ({e.strerror})"


def try_kernel(ip, shell_port, key, code, wait_seconds=5.0):
    """Sends an execute_request signed with `key` to a kernel's shell port; 'refused' when no reply comes."""
    import zmq
    from jupyter_client.session import Session

    session = Session(key=key.encode(), signature_scheme="hmac-sha256", username="intruder")
    context = zmq.Context()
    socket = context.socket(zmq.DEALER)
    socket.setsockopt(zmq.LINGER, 0)
    socket.setsockopt(zmq.IDENTITY, uuid.uuid4().hex.encode())
    try:
        socket.connect(f"tcp://{ip}:{shell_port}")
        session.send(socket, "execute_request", {"code": code, "silent": False, "store_history": False,
                                                 "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        if socket.poll(int(wait_seconds * 1000)):
            return "ALLOWED (the kernel replied)"
        return "refused (no reply)"
    finally:
        socket.close()
        context.term()


def try_http(url, token):
    from urllib.error import HTTPError, URLError
    from urllib.request import Request, urlopen

    try:
        with urlopen(Request(url, headers={"Authorization": f"token {token}"}), timeout=10) as response:
            return f"ALLOWED (HTTP {response.status})"
    except HTTPError as e:
        return f"refused (HTTP {e.code})"
    except URLError as e:
        return f"refused ({e.reason})"


ACTIONS = {"read": try_read, "list": try_list, "write": try_write, "kernel": try_kernel, "http": try_http}


def main():
    attempts = json.loads(sys.argv[1])
    results = [{**attempt, "result": ACTIONS[attempt["action"]](*attempt["args"])} for attempt in attempts]
    print(json.dumps(results))


if __name__ == "__main__":
    main()
